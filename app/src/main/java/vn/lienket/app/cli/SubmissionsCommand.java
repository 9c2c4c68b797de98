package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionOutcomes;
import vn.lienket.intake.registry.SubmissionRegistry;

/** {@code lienket submissions list|diff}: the submission registry as operators and auditors read it. */
@Command(name = "submissions", mixinStandardHelpOptions = true,
        subcommands = {SubmissionsCommand.ListSubmissions.class, SubmissionsCommand.Diff.class})
class SubmissionsCommand {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListSubmissions implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;
        @Option(names = "--quarter", paramLabel = "2025-Q3", descriptionKey = "lienket.submissions.list.quarter")
        private String quarter;
        @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.submissions.list.province")
        private String province;

        ListSubmissions(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            Optional<Quarter> quarterFilter = Optional.ofNullable(quarter).map(text -> parse(() -> Quarter.parse(text)));
            Optional<ProvinceId> provinceFilter = Optional.ofNullable(province).map(text -> parse(() -> ProvinceId.parse(text)));
            application.bean(WarehouseMigrator.class).migrate();
            List<Submission> submissions = application.bean(SubmissionRegistry.class).list(quarterFilter, provinceFilter);
            SummaryTable table = new SummaryTable(messages.get("submissions.table.header").split("\\|"));
            for (Submission s : submissions) {
                table.row(s.id() + "", s.province().map(Object::toString).orElse("—"), s.quarter().map(Object::toString).orElse("—"),
                        messages.get("status." + s.status().code())
                                + s.supersededBy().map(by -> " → " + by).orElse(""),
                        s.receivedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(RECEIVED),
                        s.shortSha(), s.originalFilename(), s.errorCount() + "/" + s.warningCount());
            }
            PrintWriter out = spec.commandLine().getOut();
            table.print(out);
            out.println(messages.get("submissions.count", submissions.size()));
            return ExitCodes.SUCCESS;
        }

        private <T> T parse(java.util.function.Supplier<T> parser) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException(e.getMessage());
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true)
    static class Diff implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "SUBMISSION_ID")
        private long submissionId;

        Diff(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            application.bean(WarehouseMigrator.class).migrate();
            PrintWriter out = spec.commandLine().getOut();
            List<SubmissionOutcomes.DiffLine> lines = application.bean(SubmissionOutcomes.class).diff(submissionId);
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
