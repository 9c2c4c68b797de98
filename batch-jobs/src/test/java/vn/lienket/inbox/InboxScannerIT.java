package vn.lienket.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.lienket.OperationsTestApplication;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.MailOutbox;
import vn.lienket.distribution.Recipients;
import vn.lienket.distribution.RejectionNotices;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.job.LoadSubmissionJobConfiguration;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = OperationsTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class InboxScannerIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    static Path root;

    @TempDir
    Path work;

    @Autowired
    InboxScanner scanner;
    @Autowired
    Recipients recipients;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InboxProperties inboxProperties;
    @Autowired
    Clock clock;
    @Autowired
    WarehouseCheckContexts checkContexts;
    @Autowired
    InboxRecords records;
    @Autowired
    SubmissionIntake intake;
    @Autowired
    SubmissionArchive archive;
    @Autowired
    RejectionNotices rejectionNotices;
    @Autowired
    PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useDirectoriesUnder(root, registry);
        OperationsTestApplication.useGreenMail(registry);
    }

    @BeforeEach
    void emptyInboxAndWarehouse() throws Exception {
        OperationsTestApplication.reset(jdbc);
        Path inbox = root.resolve("inbox");
        if (Files.exists(inbox)) {
            try (Stream<Path> files = Files.walk(inbox)) {
                files.sorted(java.util.Comparator.reverseOrder()).filter(path -> !path.equals(inbox)).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(inbox);
    }

    @Test
    void aCompleteWorkbookIsLoadedOnTheSecondScanAndMovedWithItsReport() throws Exception {
        Path dropped = drop(WorkbookFixtures.valid(), "P34-68/lam-dong-quy1.xlsx");

        InboxScanner.ScanSummary first = scanner.scanOnce();
        InboxScanner.ScanSummary second = scanner.scanOnce();

        assertThat(first.waiting()).isEqualTo(1);
        assertThat(first.processed()).isZero();
        assertThat(second.processed()).isEqualTo(1);
        assertThat(dropped).doesNotExist();
        Path moved = single(inbox().resolve("processed/2026-Q1/P34-68"), "*-lam-dong-quy1.xlsx");
        assertThat(InboxLayout.reportBeside(moved)).content().contains("\"verdict\": \"valid\"");
        assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("loaded");
        assertThat(jdbc.sql("SELECT outcome || ' ' || reason FROM inbox_file").query(String.class).single()).isEqualTo("processed loaded");
        assertThat(jdbc.sql("SELECT uploader FROM submission").query(String.class).single()).isEqualTo("inbox:P34-68/lam-dong-quy1.xlsx");
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws Exception {
        Path dropped = drop(WorkbookFixtures.valid(), "P34-68/lam-dong-quy1.xlsx");
        scanner.scanOnce();
        Files.write(dropped, new byte[]{1}, java.nio.file.StandardOpenOption.APPEND);

        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.processed() + scan.rejected()).isZero();
        assertThat(dropped).exists();
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
    }

    @Test
    void aFileRenamedFromItsUploadNameIsTakenAtOnce() throws Exception {
        Path partial = drop(WorkbookFixtures.valid(), "P34-68/lam-dong-quy1.xlsx.part");
        scanner.scanOnce();
        Files.move(partial, partial.resolveSibling("lam-dong-quy1.xlsx"));

        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.processed()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT uploader FROM submission").query(String.class).single()).isEqualTo("inbox:P34-68/lam-dong-quy1.xlsx");
    }

    @Test
    void aRejectedWorkbookGoesToRejectedWithReportAndAnnotatedCopyAndTheProvinceIsMailed() throws Exception {
        recipients.add(DistributionList.parse("province:P34:68"), "so-ct@lamdong.gov.vn", Optional.of("Sở Công Thương Lâm Đồng"));
        drop(WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5), "P34-68/lam-dong-quy1.xlsx");

        scanner.scanOnce();
        InboxScanner.ScanSummary scan = scanner.scanOnce();
        MailOutbox.DeliverySummary delivery = outbox.deliverPending();

        assertThat(scan.rejected()).isEqualTo(1);
        Path rejectedDay = Files.list(inbox().resolve("rejected")).findFirst().orElseThrow();
        Path moved = single(rejectedDay, "*-lam-dong-quy1.xlsx");
        Path report = InboxLayout.reportBeside(moved);
        Path annotated = InboxLayout.annotatedBeside(moved, "xlsx");
        assertThat(report).content().contains("DuAn!F2");
        assertThat(annotated).isNotEmptyFile();
        assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("rejected");

        assertThat(delivery.sent()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("so-ct@lamdong.gov.vn");
        assertThat(received[0].getSubject()).isEqualTo("[Liên kết] Lâm Đồng: tệp lam-dong-quy1.xlsx chưa được tiếp nhận");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).isNotBlank();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(annotated.getFileName().toString());
        assertThat(sha256(parts.getBodyPart(1).getInputStream().readAllBytes())).isEqualTo(SubmissionArchive.sha256Of(annotated));
        assertThat(parts.getBodyPart(2).getFileName()).isEqualTo(report.getFileName().toString());
        assertThat(jdbc.sql("SELECT sha256 FROM mail_attachment ORDER BY position").query(String.class).list())
                .containsExactly(SubmissionArchive.sha256Of(annotated), SubmissionArchive.sha256Of(report));
    }

    @Test
    void aWorkbookInTheFolderOfAnotherProvinceIsArchivedRegisteredAndRejected() throws Exception {
        drop(WorkbookFixtures.valid(), "P34-01/lam-dong-quy1.xlsx");

        scanner.scanOnce();
        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status || ' ' || province_scope FROM submission").query(String.class).single())
                .isEqualTo("rejected P34:01");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT reason FROM inbox_file").query(String.class).single()).isEqualTo("invalid");
        Path report = Path.of(jdbc.sql("SELECT report_path FROM inbox_file").query(String.class).single());
        assertThat(report).content().contains("PROVINCE_NOT_EXPECTED").contains("P34:01").contains("P34:68");
    }

    @Test
    void aWorkbookDroppedAtTheTopOfTheInboxIsRejectedWithAReasonWhileRootDropsAreOff() throws Exception {
        drop(WorkbookFixtures.valid(), "lam-dong-quy1.xlsx");

        scanner.scanOnce();
        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status || ' ' || province_scope FROM submission").query(String.class).single())
                .isEqualTo("rejected -");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
        Path moved = Path.of(jdbc.sql("SELECT moved_to FROM inbox_file").query(String.class).single());
        assertThat(moved).startsWith(inbox().resolve("rejected")).exists();
        assertThat(InboxLayout.reportBeside(moved)).content().contains("PROVINCE_FOLDER_REQUIRED")
                .contains("Hộp thư không nhận tệp đặt ở thư mục gốc");
    }

    @Test
    void aLinkInTheInboxIsSetAsideUnreadAndWhatItPointsToIsNeitherReadNorMoved() throws Exception {
        Path outside = WorkbookFixtures.valid().writeXlsx(Files.createTempDirectory(work, "elsewhere"));
        Path link = Files.createSymbolicLink(createDirectories(inbox().resolve("P34-68")).resolve("lam-dong-quy1.xlsx"), outside);
        Path otherProvinceFolder = Files.createTempDirectory(work, "folder");
        Files.copy(outside, otherProvinceFolder.resolve("quy1.xlsx"));
        Path folderLink = Files.createSymbolicLink(inbox().resolve("P34-01"), otherProvinceFolder);

        scanner.scanOnce();
        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.rejected()).isEqualTo(2);
        assertThat(link).doesNotExist();
        assertThat(folderLink).doesNotExist();
        assertThat(outside).as("the file the link pointed to").exists();
        assertThat(otherProvinceFolder.resolve("quy1.xlsx")).exists();
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT reason FROM inbox_file ORDER BY relative_path").query(String.class).list())
                .containsExactly("link", "link");
        Path moved = Path.of(jdbc.sql("SELECT moved_to FROM inbox_file WHERE relative_path = 'P34-68/lam-dong-quy1.xlsx'")
                .query(String.class).single());
        assertThat(Files.isSymbolicLink(moved)).as("the link itself was moved, not its target").isTrue();
    }

    @Test
    void aWorkbookWhoseAnnotatedCopyCannotBeMadeIsRejectedWithItsReportAndTheScanGoesOn() throws Exception {
        recipients.add(DistributionList.parse("province:P34:68"), "so-ct@lamdong.gov.vn", Optional.of("Sở Công Thương Lâm Đồng"));
        InboxScanner poisoned = new InboxScanner(inboxProperties, clock, records, intake, archive,
                rejectionNotices, new InboxAnnotator(checkContexts) {
                    @Override
                    public Optional<Path> annotate(Path original, CheckResult check, Path target) {
                        throw new IllegalStateException("Strict OOXML cannot be annotated");
                    }
                }, transactionManager);
        drop(WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5), "P34-68/a-loi.xlsx");
        drop(WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", 99), "P34-68/b-hop-le.xlsx");

        poisoned.scanOnce();
        InboxScanner.ScanSummary scan = poisoned.scanOnce();

        assertThat(scan.rejected()).isEqualTo(1);
        assertThat(scan.processed()).as("the file after the poisoned one").isEqualTo(1);
        assertThat(inbox().resolve("P34-68/a-loi.xlsx")).doesNotExist();
        Path moved = Path.of(jdbc.sql("SELECT moved_to FROM inbox_file WHERE outcome = 'rejected'").query(String.class).single());
        assertThat(InboxLayout.annotatedBeside(moved, "xlsx")).doesNotExist();
        assertThat(InboxLayout.reportBeside(moved)).content().contains("DuAn!F2")
                .contains("Không tạo được bản sổ tính có ghi chú lỗi của a-loi.xlsx");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message").query(Long.class).single())
                .as("the province is still told, with the report").isEqualTo(1);
    }

    @Test
    void aFileThatFailsAgainAndAgainIsSetAsideInFailedAndItsNoticeIsNotLost() throws Exception {
        recipients.add(DistributionList.parse("province:P34:68"), "so-ct@lamdong.gov.vn", Optional.of("Sở Công Thương Lâm Đồng"));
        Path dropped = drop(WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5), "P34-68/lam-dong-quy1.xlsx");
        scanner.scanOnce();
        jdbc.sql("""
                CREATE FUNCTION fail_mail() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'injected failure on %', TG_TABLE_NAME; END $$""").update();
        jdbc.sql("CREATE TRIGGER fail_mail BEFORE INSERT ON mail_message FOR EACH ROW EXECUTE FUNCTION fail_mail()").update();
        List<InboxScanner.ScanSummary> scans = new java.util.ArrayList<>();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                scans.add(scanner.scanOnce());
                if (attempt < 2) {
                    assertThat(jdbc.sql("SELECT count(*) FROM inbox_file").query(Long.class).single())
                            .as("the move is not recorded without its notice").isZero();
                    assertThat(dropped).exists();
                }
            }
        } finally {
            jdbc.sql("DROP TRIGGER fail_mail ON mail_message").update();
            jdbc.sql("DROP FUNCTION fail_mail()").update();
        }

        assertThat(scans).extracting(InboxScanner.ScanSummary::unfinished).containsExactly(1, 1, 0);
        assertThat(scans.get(2).failed()).isEqualTo(1);
        assertThat(dropped).doesNotExist();
        Path moved = Path.of(jdbc.sql("SELECT moved_to FROM inbox_file WHERE outcome = 'failed'").query(String.class).single());
        assertThat(moved).startsWith(inbox().resolve("failed")).exists();
        assertThat(InboxLayout.failureBeside(moved)).content().contains("injected failure").contains("\"attempts\":3");
    }

    @Test
    void leftoversOfAKilledScanAreSweptAndRecentOnesKept() throws Exception {
        Path day = createDirectories(inbox().resolve("rejected/2026-04-10"));
        Path old = Files.writeString(day.resolve("093015-quy1.xlsx.annotating"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path recent = Files.writeString(day.resolve("093016-quy1.xlsx.annotating"), "being written");
        Path archiveRoot = archive.root();
        Path incoming = Files.writeString(createDirectories(archiveRoot).resolve(".incoming-123.part"), "half");
        Files.setLastModifiedTime(incoming, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));

        scanner.scanOnce();

        assertThat(old).doesNotExist();
        assertThat(incoming).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void aFileThatIsNoWorkbookIsRejectedNotDeleted() throws Exception {
        Path pdf = inbox().resolve("cong-van.pdf");
        Files.writeString(pdf, "%PDF-1.4");

        scanner.scanOnce();
        scanner.scanOnce();

        assertThat(pdf).doesNotExist();
        Path moved = Path.of(jdbc.sql("SELECT moved_to FROM inbox_file WHERE reason = 'not-a-workbook'").query(String.class).single());
        assertThat(moved).hasContent("%PDF-1.4");
    }

    @Test
    void aLoadLeftStartedByADeadNodeIsRecoveredAndTheFileLoaded() throws Exception {
        Path dropped = drop(WorkbookFixtures.valid(), "P34-68/lam-dong-quy1.xlsx");
        scanner.scanOnce();
        String sha = archive.store(dropped).sha256();
        JobParameters parameters = new JobParametersBuilder()
                .addString(LoadSubmissionJobConfiguration.FILE_SHA256, sha, true)
                .addString(LoadSubmissionJobConfiguration.PROVINCE_SCOPE, "P34:68", true)
                .addLong(LoadSubmissionJobConfiguration.SENDING, 0L, true)
                .addString(LoadSubmissionJobConfiguration.FILE_NAME, dropped.getFileName().toString(), false)
                .addString(LoadSubmissionJobConfiguration.UPLOADER, "inbox:P34-68/lam-dong-quy1.xlsx", false)
                .addString(LoadSubmissionJobConfiguration.RECEIVED_AT, java.time.OffsetDateTime.now().toString(), false)
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(LoadSubmissionJobConfiguration.JOB_NAME, parameters);
        JobExecution abandoned = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        abandoned.setStatus(BatchStatus.STARTED);
        abandoned.setStartTime(java.time.LocalDateTime.now());
        jobRepository.update(abandoned);

        InboxScanner.ScanSummary scan = scanner.scanOnce();

        assertThat(scan.processed()).isEqualTo(1);
        assertThat(jobRepository.getJobExecution(abandoned.getId()).getStatus()).isNotEqualTo(BatchStatus.STARTED);
        assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("loaded");
    }

    private static Path createDirectories(Path folder) throws Exception {
        return Files.createDirectories(folder);
    }

    private Path inbox() {
        return root.resolve("inbox");
    }

    private Path drop(WorkbookFixtures workbook, String relativePath) throws Exception {
        Path written = workbook.writeXlsx(Files.createTempDirectory(work, "wb"));
        Path target = inbox().resolve(relativePath);
        Files.createDirectories(target.getParent());
        return Files.move(written, target);
    }

    private static Path single(Path folder, String glob) throws Exception {
        try (var files = Files.newDirectoryStream(folder, glob)) {
            List<Path> matches = new java.util.ArrayList<>();
            files.forEach(matches::add);
            assertThat(matches).hasSize(1);
            return matches.get(0);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
