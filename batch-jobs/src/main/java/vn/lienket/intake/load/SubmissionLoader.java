package vn.lienket.intake.load;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.archive.ArchivedFile;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.commit.SubmissionCommitter;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.intake.registry.FactCounts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionRegistry.SubmissionKeys;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.registry.SupersedeReason;
import vn.lienket.intake.staging.StagedFactWriter;
import vn.lienket.intake.staging.StagedFactWriter.StagedCounts;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.Verdict;

/**
 * The three stages of loading one archived file, each safe to repeat after a crash: register it;
 * read, validate (the door's province rule included) and stage its rows in the fact tables, invisible
 * while the submission is {@code received} (a file with errors is rejected here, its report kept);
 * publish them. The Spring Batch job calls these from thin tasklets inside its steps' transactions: registration
 * in one, staging and publishing together in the next.
 */
@Component
public class SubmissionLoader {

    /** The cover names another province than the one the door it came through accepts. */
    public static final String PROVINCE_NOT_EXPECTED = "PROVINCE_NOT_EXPECTED";
    /** A file dropped at the top of the inbox while the operator accepts files only in province folders. */
    public static final String PROVINCE_FOLDER_REQUIRED = "PROVINCE_FOLDER_REQUIRED";

    private static final Logger log = LoggerFactory.getLogger(SubmissionLoader.class);

    private final SubmissionArchive archive;
    private final SubmissionRegistry registry;
    private final SubmissionReports reports;
    private final AuditLog audit;
    private final SubmissionCommitter committer;
    private final DataSource dataSource;
    private final WarehouseCheckContexts checkContexts;
    private final WorkbookContracts contracts;
    private final ZoneId zone;
    private final Map<String, WorkbookChecker> checkers = new ConcurrentHashMap<>();
    private final JsonReportWriter reportWriter = new JsonReportWriter();
    private final Map<Long, CheckResult> rejectedChecks = new ConcurrentHashMap<>();

    public SubmissionLoader(SubmissionArchive archive, SubmissionRegistry registry, SubmissionReports reports, AuditLog audit,
                            SubmissionCommitter committer, DataSource dataSource,
                            WarehouseCheckContexts checkContexts, WorkbookContracts contracts, Clock clock) {
        this.archive = archive;
        this.registry = registry;
        this.reports = reports;
        this.audit = audit;
        this.committer = committer;
        this.dataSource = dataSource;
        this.checkContexts = checkContexts;
        this.contracts = contracts;
        this.zone = clock.getZone();
    }

    /**
     * Stage 1: opens the record of a file the intake has archived, found in the archive by its SHA-256,
     * and keeps the receipt of this arrival with the id it was registered under (its place among the
     * arrivals, which a replay follows) and the workbook contract version it is checked and loaded under: the
     * {@code recordedVersion} of a replayed receipt, else the version in force on the day it was received. The
     * archive is write-once: a restarted step finds the same bytes there. {@code recordedId}: the id a replayed receipt
     * records, registered again as it is; {@code null} for the next id.
     */
    public long register(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt,
                         ProvinceScope scope, String recordedVersion, Long recordedId) {
        String contractVersion = recordedVersion != null ? contracts.version(recordedVersion).version()
                : contracts.inForceOn(receivedAt.atZoneSameInstant(zone).toLocalDate()).version();
        ArchivedFile file;
        try {
            Path archived = archive.find(sha256).orElseThrow(() -> new FileNotFoundException(
                    "no archived file with SHA-256 " + sha256 + " for " + originalFilename));
            file = new ArchivedFile(sha256, archived, Files.size(archived), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot register " + originalFilename + ": " + e.getMessage(), e);
        }
        long id = registry.register(file, originalFilename, uploader, receivedAt, scope, contractVersion, recordedId);
        try {
            archive.recordReceipt(new Receipt(sha256, originalFilename, uploader, receivedAt, scope.code(), id, contractVersion));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the receipt of " + originalFilename + ": " + e.getMessage(), e);
        }
        audit.record(uploader, "received", id, sha256,
                Map.of("file", originalFilename, "bytes", file.size(), "archive", file.path().toString(), "scope", scope.code(),
                        "contractVersion", contractVersion));
        return id;
    }

    /**
     * Stage 2: checks the archived file under the contract version it was registered with and stages its rows
     * in the fact tables, where they stay invisible until the commit; a file with errors is rejected with its
     * report and nothing of it stays staged.
     */
    public StageOutcome stage(long submissionId) {
        Submission submission = registry.get(submissionId);
        if (submission.status() != SubmissionStatus.RECEIVED) {
            return new StageOutcome(submission.status(), null, StagedCounts.NONE);
        }
        WorkbookChecker checker = checkers.computeIfAbsent(submission.contractVersion(),
                version -> new WorkbookChecker(contracts.version(version)));
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
                        checkContexts.forArrival(provinces, submission.receivedAt()), staging);
            } catch (StagedFactWriter.StagingException e) {
                SQLException refusal = WarehouseRefusal.of(e).orElseThrow(() -> e);
                connection.rollback(beforeStaging);
                log.warn("Submission {}: the warehouse refused a value the check let through: {}", submissionId, refusal.getMessage());
                result = WarehouseRefusal.rejection(checker.contract().version(), submission.originalFilename(), refusal);
            }
            log.info("Submission {}: checked and staged {} rows in {} ms, verdict {}", submissionId,
                    staging.counts().total(), (System.nanoTime() - started) / 1_000_000, result.verdict());
            refuseOutsideScope(checker.contract(), submission.provinceScope(), result);
            if (result.verdict() != Verdict.VALID) {
                connection.rollback(beforeStaging);
                // the rollback also undid what the cover recorded; a rejected file keeps its province and quarter
                result.cover().ifPresent(identify::apply);
            }
            registry.recordCounts(submissionId, result.report().errors(), result.report().warnings());
            reports.store(submissionId, result.verdict(), reportWriter.toJson(result.report(), result.cover()));
            if (result.verdict() != Verdict.VALID) {
                registry.recordFacts(submissionId, FactCounts.NONE);
                registry.markRejected(submissionId);
                rejectedChecks.put(submissionId, result);
                audit.record(submission.uploader(), "rejected", submissionId, submission.fileSha256(), Map.of(
                        "verdict", result.verdict().name(),
                        "errors", result.report().errors(),
                        "warnings", result.report().warnings()));
                return new StageOutcome(SubmissionStatus.REJECTED, result, StagedCounts.NONE);
            }
            StagedCounts staged = staging.counts();
            registry.recordFacts(submissionId, new FactCounts(staged.investmentProjects(), staged.ocopCounts(), staged.promotionEvents()));
            return new StageOutcome(SubmissionStatus.RECEIVED, result, staged);
        } catch (SQLException e) {
            throw new IllegalStateException("Staging submission " + submissionId + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Stage 3: publishes the staged facts of a submission still waiting for it (a rejected one, or one
     * an earlier attempt published, is left as it is), superseding the submission of that province and
     * quarter received before it. {@code staged} is what stage 2 counted, recorded in the audit log
     * without counting a million rows again. Call it in the transaction that staged them.
     */
    public void commit(long submissionId, StagedCounts staged) {
        Submission submission = registry.get(submissionId);
        if (submission.status() != SubmissionStatus.RECEIVED) {
            return;
        }
        long started = System.nanoTime();
        SubmissionCommitter.CommitOutcome outcome = committer.commit(submissionId);
        log.info("Submission {}: committed in {} ms", submissionId, (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("province", submission.province().map(Object::toString).orElse(null));
        details.put("quarter", submission.quarter().map(Object::toString).orElse(null));
        details.put("investmentProjects", staged.investmentProjects());
        details.put("ocopCounts", staged.ocopCounts());
        details.put("promotionEvents", staged.promotionEvents());
        if (outcome.newerCurrent().isPresent()) {
            details.put("supersededBy", outcome.newerCurrent().get());
            details.put("reason", SupersedeReason.RECEIVED_EARLIER.code());
            log.warn("Submission {} was received before submission {}, the current one of {} {}, and does not replace it",
                    submissionId, outcome.newerCurrent().get(), details.get("province"), details.get("quarter"));
            audit.record(submission.uploader(), "superseded", submissionId, submission.fileSha256(), details);
            return;
        }
        audit.record(submission.uploader(), "loaded", submissionId, submission.fileSha256(), details);
        outcome.replaced().ifPresent(previous -> audit.record(submission.uploader(), "superseded", previous,
                registry.get(previous).fileSha256(), Map.of("supersededBy", submissionId, "differences", outcome.changes())));
    }

    /**
     * The check of a submission this process rejected, handed once to the intake that asked for it
     * (the inbox annotates the workbook from it): the file is not read a second time.
     */
    public Optional<CheckResult> takeRejectedCheck(long submissionId) {
        return Optional.ofNullable(rejectedChecks.remove(submissionId));
    }

    /**
     * A door that accepts one province (an inbox folder, a portal account) or none (a root-level drop
     * while those are off) refuses the workbook of any other: an error in its report, so nothing of it
     * reaches the warehouse. Applied to the cover of the archived bytes, the ones staged.
     */
    private static void refuseOutsideScope(WorkbookContract contract, ProvinceScope scope, CheckResult result) {
        String coverSheet = contract.sheet(WorkbookContract.COVER).name();
        if (scope.acceptsNobody()) {
            result.report().add(new Problem(coverSheet, coverSheet, 0, -1, PROVINCE_FOLDER_REQUIRED, Severity.ERROR, null,
                    ProblemMessages.text(Locale.forLanguageTag("vi"), PROVINCE_FOLDER_REQUIRED),
                    ProblemMessages.text(Locale.ENGLISH, PROVINCE_FOLDER_REQUIRED)));
            return;
        }
        Optional<CoverInfo> cover = result.cover();
        if (cover.isPresent() && !scope.admits(cover.get().province())) {
            ProvinceId expected = scope.expectedProvince().orElseThrow();
            Object[] arguments = {expected, cover.get().province(), cover.get().provinceName()};
            result.report().add(new Problem(coverSheet, coverSheet, 0, -1, PROVINCE_NOT_EXPECTED, Severity.ERROR,
                    cover.get().province().toString(),
                    ProblemMessages.text(Locale.forLanguageTag("vi"), PROVINCE_NOT_EXPECTED, arguments),
                    ProblemMessages.text(Locale.ENGLISH, PROVINCE_NOT_EXPECTED, arguments)));
        }
    }

    /** What staging found: still RECEIVED (valid, staged) or REJECTED; the check result when a check ran. */
    public record StageOutcome(SubmissionStatus status, CheckResult check, StagedCounts staged) {
    }
}
