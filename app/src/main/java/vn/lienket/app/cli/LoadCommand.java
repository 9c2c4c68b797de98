package vn.lienket.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import org.springframework.boot.context.properties.bind.Binder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.ArchiveAhead;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.FactCounts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.jobs.JobEvents;
import vn.lienket.domain.SubmissionStatus;

/** {@code lienket load <file|dir>…}: runs the load job for each workbook and prints what became of it. */
@Command(name = "load", mixinStandardHelpOptions = true)
class LoadCommand extends WarehouseCommand {

    private static final int PROBLEMS_SHOWN = 3;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    private List<Path> inputs;

    @Option(names = "--uploader", paramLabel = "NAME", descriptionKey = "lienket.load.uploader")
    private String uploader = operator();

    private List<Path> files;
    /** The first file is archived while the application starts; the intake archives the others. */
    private ArchiveAhead archiveAhead;

    LoadCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected boolean createsWarehouse() {
        return true;
    }

    @Override
    protected void checkInput() {
        files = expand(inputs);
        // the job runs once the application has started: its first JFR event is set up meanwhile
        JobEvents.initialiseAhead();
        archiveAhead = new ArchiveAhead(files.get(0));
        application.onEnvironmentPrepared(environment -> archiveAhead.start(() -> new SubmissionArchive(
                Binder.get(environment).bindOrCreate("lienket", IntakeProperties.class).archiveDir())));
    }

    @Override
    protected int run(PrintWriter out) {
        SubmissionIntake intake = bean(SubmissionIntake.class);
        SubmissionReports reports = bean(SubmissionReports.class);
        SummaryTable table = new SummaryTable(messages.get("load.table.header").split("\\|"));
        List<String> details = new ArrayList<>();
        int rejected = 0;
        int failed = 0;
        try (ProgressBar progress = Progress.bar(messages.get("load.progress"), files.size())) {
            for (Path file : files) {
                progress.setExtraMessage(file.getFileName().toString());
                try {
                    SubmissionIntake.IntakeResult result = intake.load(file, uploader, archiveAhead.take(file));
                    Submission submission = result.submission();
                    FactCounts counts = result.facts();
                    table.row(file.getFileName().toString(), verdict(result), submission.id() + "",
                            submission.province().map(Object::toString).orElse("—"),
                            submission.quarter().map(Object::toString).orElse("—"),
                            counts.investmentProjects() + "", counts.ocopCounts() + "", counts.promotionEvents() + "",
                            submission.errorCount() + "", submission.warningCount() + "");
                    if (submission.status() == SubmissionStatus.REJECTED) {
                        rejected++;
                        details.add(messages.get("load.rejected.detail", file.getFileName()));
                        reports.problems(submission.id(), PROBLEMS_SHOWN).forEach(problem -> details.add("    "
                                + (problem.cell() == null ? "" : problem.cell() + ": ")
                                + (messages.locale().getLanguage().equals("en") ? problem.messageEn() : problem.messageVi())));
                    }
                } catch (SubmissionIntake.LoadFailedException e) {
                    failed++;
                    table.row(file.getFileName().toString(), messages.get("load.verdict.failed"), "—", "—", "—", "", "", "", "", "");
                    details.add(messages.get("load.failed.detail", file.getFileName(), e.getCause().getMessage()));
                }
                progress.step();
            }
        }
        table.print(out);
        details.forEach(out::println);
        out.println(messages.get("load.summary", files.size(), files.size() - rejected - failed, rejected, failed));
        return rejected + failed > 0 ? ExitCodes.REJECTED : ExitCodes.SUCCESS;
    }

    private String verdict(SubmissionIntake.IntakeResult result) {
        if (result.alreadyProcessed()) {
            return messages.get("load.verdict.already", messages.get("status." + result.submission().status().code()));
        }
        return messages.get("status." + result.submission().status().code());
    }

    private List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(LoadCommand::isWorkbook).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UnusableInputException(messages.get("load.missing", path));
            }
        }
        if (files.isEmpty()) {
            throw new UnusableInputException(messages.get("load.none", paths));
        }
        return files;
    }

    private static boolean isWorkbook(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && !name.startsWith("~$") && (name.endsWith(".xlsx") || name.endsWith(".xls"));
    }
}
