package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.commit.DiffLabels;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionOutcomes;
import vn.lienket.intake.registry.SubmissionRegistry;

/** {@code lienket submissions list|diff}: the submission registry as operators and auditors read it. */
@Command(name = "submissions", mixinStandardHelpOptions = true,
        subcommands = {SubmissionsCommand.ListSubmissions.class, SubmissionsCommand.Diff.class})
class SubmissionsCommand {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListSubmissions extends WarehouseCommand {

        @Option(names = "--quarter", paramLabel = "2025-Q3", descriptionKey = "lienket.submissions.list.quarter")
        private String quarter;
        @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.submissions.list.province")
        private String province;

        private Optional<Quarter> quarterFilter;
        private Optional<ProvinceId> provinceFilter;

        ListSubmissions(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected void checkInput() {
            application.withoutApplication();
            quarterFilter = Optional.ofNullable(quarter).map(text -> parse(() -> Quarter.parse(text)));
            provinceFilter = Optional.ofNullable(province).map(text -> parse(() -> ProvinceId.parse(text)));
        }

        @Override
        protected int run(PrintWriter out) {
            List<Submission> submissions = bean(SubmissionRegistry.class).list(quarterFilter, provinceFilter);
            ZoneId zone = bean(IntakeProperties.class).timeZone();
            SummaryTable table = new SummaryTable(messages.get("submissions.table.header").split("\\|"));
            for (Submission s : submissions) {
                table.row(s.id() + "", s.province().map(Object::toString).orElse("—"), s.quarter().map(Object::toString).orElse("—"),
                        messages.get("status." + s.status().code())
                                + s.supersededBy().map(by -> " → " + by).orElse(""),
                        s.receivedAt().atZoneSameInstant(zone).format(RECEIVED),
                        s.shortSha(), s.originalFilename(), s.errorCount() + "/" + s.warningCount(), s.contractVersion());
            }
            table.print(out);
            out.println(messages.get("submissions.count", submissions.size()));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true)
    static class Diff extends WarehouseCommand {

        @Parameters(paramLabel = "SUBMISSION_ID")
        private long submissionId;

        Diff(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            List<SubmissionOutcomes.DiffLine> lines = bean(DiffLabels.class)
                    .asInWorkbook(bean(SubmissionOutcomes.class).diff(submissionId), messages.locale());
            if (lines.isEmpty()) {
                out.println(messages.get("diff.none", submissionId));
                return ExitCodes.SUCCESS;
            }
            out.println(messages.get("diff.heading", submissionId, lines.get(0).previousSubmissionId()));
            SummaryTable table = new SummaryTable(messages.get("diff.table.header").split("\\|"));
            for (SubmissionOutcomes.DiffLine line : lines) {
                table.row(messages.get("part." + line.part()), line.rowKey(), messages.get("change." + line.change()),
                        line.field() == null ? "" : line.field(), line.oldValue() == null ? "" : line.oldValue(),
                        line.newValue() == null ? "" : line.newValue());
            }
            table.print(out);
            return ExitCodes.SUCCESS;
        }
    }
}
