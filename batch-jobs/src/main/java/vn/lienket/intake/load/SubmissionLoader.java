package vn.lienket.intake.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.lienket.intake.archive.ArchivedFile;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.commit.SubmissionCommitter;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionRegistry.SubmissionKeys;
import vn.lienket.intake.registry.SubmissionStatus;
import vn.lienket.intake.staging.StagedFactWriter;
import vn.lienket.intake.staging.StagedFactWriter.StagedCounts;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.Verdict;

/**
 * The three stages of loading one submitted file, each safe to repeat after a crash: archive and
 * register it; read, validate and stage its rows in the fact tables, invisible while the submission is
 * {@code received} (a file with errors is rejected here, its report kept); publish them. The Spring
 * Batch job calls these from thin tasklets, each inside the step's transaction.
 */
@Component
public class SubmissionLoader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionLoader.class);

    private final SubmissionArchive archive;
    private final SubmissionRegistry registry;
    private final AuditLog audit;
    private final SubmissionCommitter committer;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final WarehouseCheckContexts checkContexts;
    private final WorkbookChecker checker = new WorkbookChecker();
    private final JsonReportWriter reportWriter = new JsonReportWriter();

    public SubmissionLoader(SubmissionArchive archive, SubmissionRegistry registry, AuditLog audit,
                            SubmissionCommitter committer, JdbcClient jdbc, DataSource dataSource,
                            WarehouseCheckContexts checkContexts) {
        this.archive = archive;
        this.registry = registry;
        this.audit = audit;
        this.committer = committer;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.checkContexts = checkContexts;
    }

    /**
     * Stage 1: keeps the bytes forever and opens the submission's record. {@code expectedSha256} is the
     * hash the job was named by; bytes that no longer have it (the file was rewritten in between) are
     * archived, as every byte received is, but registered under nothing.
     */
    public long archiveAndRegister(Path source, String expectedSha256, String originalFilename, String uploader,
                                   OffsetDateTime receivedAt) {
        ArchivedFile archived;
        try {
            archived = archive.store(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive " + source + ": " + e.getMessage(), e);
        }
        if (!archived.sha256().equals(expectedSha256)) {
            throw new IllegalStateException(source + " changed while it was being received (SHA-256 " + expectedSha256
                    + " when it arrived, " + archived.sha256() + " when archived); nothing was registered, send it again");
        }
        try {
            archive.recordReceipt(new Receipt(archived.sha256(), originalFilename, uploader, receivedAt));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the receipt of " + source + ": " + e.getMessage(), e);
        }
        long id = registry.register(archived, originalFilename, uploader, receivedAt);
        audit.record(uploader, "received", id, archived.sha256(),
                Map.of("file", originalFilename, "bytes", archived.size(), "archive", archived.path().toString()));
        return id;
    }

    /**
     * Stage 2: checks the archived file and stages its rows in the fact tables, where they stay invisible
     * until the commit; a file with errors is rejected with its report and nothing of it stays staged.
     */
    public StageOutcome stage(long submissionId) {
        Submission submission = registry.get(submissionId);
        if (submission.status() != SubmissionStatus.RECEIVED) {
            return new StageOutcome(submission.status(), null, StagedCounts.NONE);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StagedFactWriter.discard(connection, submissionId);
            CheckResult result;
            long started = System.nanoTime();
            Savepoint beforeStaging = connection.setSavepoint();
            WarehouseProvinceDirectory provinces = checkContexts.provinces();
            Function<CoverInfo, SubmissionKeys> identify = cover -> registry.identify(submissionId,
                    provinces.key(cover.province()).orElseThrow(), cover.quarter(), cover.templateVersion());
            StagedFactWriter staging = new StagedFactWriter(connection, submissionId, provinces, identify);
            try (staging) {
                result = checker.check(Path.of(submission.archivePath()), submission.originalFilename(),
                        checkContexts.create(provinces), staging);
            } catch (StagedFactWriter.StagingException e) {
                SQLException refusal = WarehouseRefusal.of(e).orElseThrow(() -> e);
                connection.rollback(beforeStaging);
                log.warn("Submission {}: the warehouse refused a value the check let through: {}", submissionId, refusal.getMessage());
                result = WarehouseRefusal.rejection(checker.contract().version(), submission.originalFilename(), refusal);
            }
            log.info("Submission {}: checked and staged {} rows in {} ms, verdict {}", submissionId,
                    staging.counts().total(), (System.nanoTime() - started) / 1_000_000, result.verdict());
            if (result.verdict() != Verdict.VALID) {
                connection.rollback(beforeStaging);
                // the rollback also undid what the cover recorded; a rejected file keeps its province and quarter
                result.cover().ifPresent(identify::apply);
            }
            registry.recordCounts(submissionId, result.report().errors(), result.report().warnings());
            jdbc.sql("""
                            INSERT INTO submission_report (submission_id, verdict, report) VALUES (:id, :verdict, CAST(:report AS JSONB))
                            ON CONFLICT (submission_id) DO UPDATE SET verdict = EXCLUDED.verdict, report = EXCLUDED.report""")
                    .param("id", submissionId).param("verdict", result.verdict().name())
                    .param("report", reportWriter.toJson(result.report(), result.cover()))
                    .update();
            if (result.verdict() != Verdict.VALID) {
                registry.markRejected(submissionId);
                audit.record(submission.uploader(), "rejected", submissionId, submission.fileSha256(), Map.of(
                        "verdict", result.verdict().name(),
                        "errors", result.report().errors(),
                        "warnings", result.report().warnings()));
                return new StageOutcome(SubmissionStatus.REJECTED, result, StagedCounts.NONE);
            }
            return new StageOutcome(SubmissionStatus.RECEIVED, result, staging.counts());
        } catch (SQLException e) {
            throw new IllegalStateException("Staging submission " + submissionId + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Stage 3: publishes the staged facts, superseding the previous submission of that province and quarter.
     * {@code staged} is what stage 2 counted, recorded in the audit log without counting a million rows again.
     */
    public SubmissionCommitter.CommitOutcome commit(long submissionId, StagedCounts staged) {
        Submission submission = registry.get(submissionId);
        long started = System.nanoTime();
        SubmissionCommitter.CommitOutcome outcome = committer.commit(submissionId);
        log.info("Submission {}: committed in {} ms", submissionId, (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("province", submission.province().map(Object::toString).orElse(null));
        details.put("quarter", submission.quarter().map(Object::toString).orElse(null));
        details.put("investmentProjects", staged.investmentProjects());
        details.put("ocopCounts", staged.ocopCounts());
        details.put("promotionEvents", staged.promotionEvents());
        audit.record(submission.uploader(), "loaded", submissionId, submission.fileSha256(), details);
        outcome.replaced().ifPresent(previous -> audit.record(submission.uploader(), "superseded", previous,
                registry.get(previous).fileSha256(), Map.of("supersededBy", submissionId, "differences", outcome.changes())));
        return outcome;
    }

    /** What staging found: still RECEIVED (valid, staged) or REJECTED; the check result when a check ran. */
    public record StageOutcome(SubmissionStatus status, CheckResult check, StagedCounts staged) {
    }
}
