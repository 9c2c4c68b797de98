package vn.lienket.app.demo;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import me.tongfei.progressbar.ProgressBar;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.app.cli.ApplicationContextLauncher;
import vn.lienket.app.cli.ExitCodes;
import vn.lienket.app.cli.Messages;
import vn.lienket.app.cli.Progress;
import vn.lienket.app.cli.WarehouseCommand;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.inbox.InboxLayout;
import vn.lienket.inbox.InboxProperties;
import vn.lienket.inbox.InboxScanner;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.render.ScorecardRecord;
import vn.lienket.render.ScorecardRuns;
import vn.lienket.schedule.OperationsTasks;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.contract.WorkbookContract;

/**
 * {@code lienket demo}: nine quarters of realistic submissions for two programmes across the 2025
 * merger, written as workbooks and loaded through the same load job as any department's file, then
 * the scorecards of the last two quarters rendered by the scorecard job. Running it again changes
 * nothing: the workbooks are the same bytes and are recognised, the scorecards the same files.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public class DemoCommand extends WarehouseCommand {

    @Option(names = "--work-dir", descriptionKey = "lienket.demo.work-dir")
    private Path workDirectory;
    @Option(names = "--out", defaultValue = "./out", descriptionKey = "lienket.demo.out")
    private Path outputDirectory;

    DemoCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected boolean createsWarehouse() {
        return true;
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        JdbcClient jdbc = bean(JdbcClient.class);
        List<DemoWorkbook> workbooks = new DemoDataset(bean(WarehouseCheckContexts.class).provinces(), date -> jdbc.sql("""
                        SELECT group_code FROM dim_ocop_group
                        WHERE parent_code IS NULL AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
                        ORDER BY group_code""").param("date", date).query(String.class).list())
                .workbooks();
        if (workDirectory == null) {
            workDirectory = application.home().dataDirectory().resolve("demo");
        }
        Path directory = Files.createDirectories(workDirectory.resolve("workbooks"));
        SubmissionIntake intake = bean(SubmissionIntake.class);
        SubmissionReports reports = bean(SubmissionReports.class);

        List<DemoWorkbook> direct = workbooks.stream().filter(workbook -> !workbook.arrivesThroughInbox()).toList();
        int loaded = 0;
        int rejected = 0;
        int already = 0;
        List<String> notes = new ArrayList<>();
        try (ProgressBar progress = Progress.bar(messages.get("demo.progress"), direct.size())) {
            for (DemoWorkbook workbook : direct) {
                progress.setExtraMessage(workbook.fileName());
                Path file = workbook.write(contractInForce(workbook.receivedAt()), directory);
                SubmissionIntake.IntakeResult result = intake.load(file, workbook.uploader(), workbook.receivedAt());
                if (result.alreadyProcessed()) {
                    already++;
                } else if (result.submission().status() == SubmissionStatus.REJECTED) {
                    rejected++;
                    notes.add(messages.get("demo.rejected", workbook.fileName(), workbook.flaw()));
                    reports.problems(result.submission().id(), 2).forEach(problem ->
                            notes.add("    " + problem.cell() + ": " + problem.messageVi()));
                } else {
                    loaded++;
                }
                progress.step();
            }
        }
        out.println(messages.get("demo.loaded", direct.size(), loaded, rejected, already, directory.toAbsolutePath().normalize()));
        notes.forEach(out::println);
        InboxScanner.ScanSummary scan = dropIntoInbox(workbooks, contractInForce(OffsetDateTime.now(bean(Clock.class))));
        out.println(messages.get("demo.inbox", scan.seen(), scan.processed(), scan.rejected(), scan.waiting(),
                scan.unfinished(), scan.failed()));
        DemoTargets.install(jdbc);
        List<ScorecardRecord> scorecards = renderScorecards();
        out.println(messages.get("demo.scorecards", scorecards.size(), outputDirectory.toAbsolutePath().normalize()));
        scorecards.stream().filter(card -> card.kind() == SubjectKind.PROGRAMME).forEach(card ->
                out.println("    " + card.pdf().toAbsolutePath().normalize()));
        LocalDate dayAfterDeadline = bean(SubmissionBoard.class).policy().deadline(DemoDataset.LAST).plusDays(1);
        out.println(bean(OperationsTasks.class).scorecardsAfterDeadline(dayAfterDeadline)
                .map(run -> run.distribution().skipped().isPresent()
                        ? messages.get("demo.scheduledNothingNew", dayAfterDeadline, run.distribution().quarter())
                        : messages.get("demo.scheduled", dayAfterDeadline, run.distribution().quarter(),
                                run.distribution().scorecards(), run.distribution().mailsQueued(), run.delivery().sent(),
                                run.delivery().waiting()))
                .orElseGet(() -> messages.get("demo.scheduledBeforeDeadline", dayAfterDeadline)));
        List<PortalUsers.CreatedUser> accounts = DemoAccounts.create(bean(PortalUsers.class));
        if (accounts.isEmpty()) {
            out.println(messages.get("demo.accountsExist"));
        } else {
            out.println(messages.get("demo.accounts"));
            accounts.forEach(account -> out.println(messages.get("demo.account", account.account().username(),
                    account.account().user().role().code(), account.password())));
        }
        out.println(messages.get("demo.next"));
        return ExitCodes.SUCCESS;
    }

    /** The contract version a file received at {@code receivedAt} is checked under, which the department filled. */
    private WorkbookContract contractInForce(OffsetDateTime receivedAt) {
        ZoneId zone = bean(IntakeProperties.class).timeZone();
        return bean(WorkbookContracts.class).inForceOn(receivedAt.atZoneSameInstant(zone).toLocalDate());
    }

    /**
     * Hands the inbox its files as an SFTP drop would, into the folder of their province: written under
     * a temporary name, renamed when complete, with an inbox scan before and after the rename (a
     * scheduled scan in production).
     */
    private InboxScanner.ScanSummary dropIntoInbox(List<DemoWorkbook> workbooks, WorkbookContract contract) throws IOException {
        Path inbox = Files.createDirectories(bean(InboxProperties.class).dir());
        InboxScanner scanner = bean(InboxScanner.class);
        List<Path[]> uploads = new ArrayList<>();
        for (DemoWorkbook workbook : workbooks.stream().filter(DemoWorkbook::arrivesThroughInbox).toList()) {
            Path written = workbook.write(contract, Files.createDirectories(workDirectory.resolve("inbox-upload")));
            Path folder = Files.createDirectories(inbox.resolve(InboxLayout.folderOf(workbook.cover().province())));
            Path partial = folder.resolve(workbook.fileName() + ".part");
            Files.copy(written, partial, StandardCopyOption.REPLACE_EXISTING);
            uploads.add(new Path[] {partial, folder.resolve(workbook.fileName())});
        }
        scanner.scanOnce();
        for (Path[] upload : uploads) {
            Files.move(upload[0], upload[1], StandardCopyOption.ATOMIC_MOVE);
        }
        return scanner.scanOnce();
    }

    /** The last two quarters as today's provinces, and the quarter before as the provinces were then. */
    private List<ScorecardRecord> renderScorecards() {
        ScorecardRuns runs = bean(ScorecardRuns.class);
        List<ScorecardRuns.RenderRequest> requests = List.of(
                new ScorecardRuns.RenderRequest(DemoDataset.LAST, ScorecardView.CURRENT, ReportLanguage.VI, List.of(), outputDirectory),
                new ScorecardRuns.RenderRequest(DemoDataset.LAST.previous(), ScorecardView.CURRENT, ReportLanguage.VI, List.of(),
                        outputDirectory),
                new ScorecardRuns.RenderRequest(DemoDataset.LAST.previous(), ScorecardView.AS_SUBMITTED, ReportLanguage.VI,
                        List.of(), outputDirectory));
        int total = requests.stream().mapToInt(request -> runs.subjects(request).size()).sum();
        List<ScorecardRecord> written = new ArrayList<>();
        try (ProgressBar progress = Progress.bar(messages.get("demo.rendering"), total)) {
            for (ScorecardRuns.RenderRequest request : requests) {
                written.addAll(runs.render(request, card -> {
                    progress.setExtraMessage(card.subjectCode());
                    progress.step();
                }));
            }
        }
        return written;
    }
}
