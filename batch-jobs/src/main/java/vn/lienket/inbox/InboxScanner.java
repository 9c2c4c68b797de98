package vn.lienket.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.distribution.RejectionNotices;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionStatus;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.RowSink;

/**
 * One pass over the inbox: takes the files that are complete (see {@link StabilityRule}), loads each
 * through {@link SubmissionIntake}, and moves it to {@code processed/} or {@code rejected/} with its
 * report beside it. A file whose load could not finish (database down…) stays in the inbox and is
 * tried again by the next scan. Never deletes a file.
 */
@Service
public class InboxScanner {

    /** Uploader recorded for inbox files: {@code inbox:<path in the inbox>}. */
    public static final String UPLOADER_PREFIX = "inbox:";

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InboxLayout layout;
    private final StabilityRule stability;
    private final InboxRecords records;
    private final SubmissionIntake intake;
    private final RejectionNotices rejectionNotices;
    private final WarehouseCheckContexts checkContexts;
    private final Clock clock;
    private final WorkbookChecker checker = new WorkbookChecker();

    public InboxScanner(InboxProperties properties, IntakeProperties intakeProperties, InboxRecords records,
                        SubmissionIntake intake, RejectionNotices rejectionNotices,
                        WarehouseCheckContexts checkContexts) {
        this.layout = new InboxLayout(properties.dir());
        this.stability = new StabilityRule(properties.temporarySuffixes());
        this.records = records;
        this.intake = intake;
        this.rejectionNotices = rejectionNotices;
        this.checkContexts = checkContexts;
        this.clock = Clock.system(intakeProperties.timeZone());
    }

    public ScanSummary scanOnce() {
        List<FileState> current = layout.waitingFiles();
        List<FileState> ready = stability.ready(records.observations(), current);
        List<FileState> stillWaiting = new ArrayList<>(current);
        stillWaiting.removeAll(ready);
        int processed = 0;
        int rejected = 0;
        int unfinished = 0;
        for (FileState file : ready) {
            try {
                MovedFile moved = take(file);
                records.logMoved(moved);
                if (moved.outcome() == MovedFile.Outcome.PROCESSED) {
                    processed++;
                } else {
                    rejected++;
                }
            } catch (SubmissionIntake.LoadFailedException | UncheckedIOException e) {
                log.error("Inbox file {} stays in the inbox for the next scan: {}", file.relativePath(), e.getMessage(), e);
                stillWaiting.add(file);
                unfinished++;
            }
        }
        records.replaceObservations(stillWaiting);
        return new ScanSummary(current.size(), stillWaiting.size() - unfinished, processed, rejected, unfinished);
    }

    private MovedFile take(FileState file) {
        Path path = layout.resolve(file.relativePath());
        String sha256 = sha256(path);
        if (!InboxLayout.isWorkbook(file.relativePath())) {
            return rejectUnread(file, path, sha256);
        }
        Optional<ProvinceId> folderProvince = InboxLayout.folderProvince(file.relativePath());
        Optional<CheckResult> precheck = folderProvince.map(expected -> checker.check(path, checkContexts.create(), RowSink.discard()));
        Optional<CoverInfo> cover = precheck.flatMap(CheckResult::cover);
        if (folderProvince.isPresent() && cover.isPresent() && !cover.get().province().equals(folderProvince.get())) {
            return rejectMisplaced(file, path, sha256, folderProvince.get(), precheck.get());
        }
        IntakeResult result = intake.load(path, UPLOADER_PREFIX + file.relativePath());
        Submission submission = result.submission();
        String report = result.reportJson().or(() -> records.storedReport(submission.id())).orElse("{}");
        String name = path.getFileName().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        if (submission.status() == SubmissionStatus.REJECTED) {
            Path target = layout.rejectedTarget(name, now);
            Path reportFile = writeBeside(target, report);
            Optional<Path> annotated = annotate(path, target, precheck.orElseGet(() -> checker.check(path, checkContexts.create(), RowSink.discard())));
            move(path, target);
            MovedFile moved = new MovedFile(file.relativePath(), sha256, file.size(), MovedFile.Outcome.REJECTED,
                    result.alreadyProcessed() ? "already-processed" : "invalid", Optional.of(submission.id()), target, reportFile, annotated);
            rejectionNotices.queue(new RejectionNotices.RejectedFile(submission.province().or(() -> folderProvince),
                    Optional.of(submission.id()), name, sha256, submission.errorCount(), reportFile, annotated));
            return moved;
        }
        Path target = layout.processedTarget(name, submission.quarter(), submission.province(), now);
        Path reportFile = writeBeside(target, report);
        move(path, target);
        return new MovedFile(file.relativePath(), sha256, file.size(), MovedFile.Outcome.PROCESSED,
                result.alreadyProcessed() ? "already-processed" : "loaded", Optional.of(submission.id()), target, reportFile,
                Optional.empty());
    }

    /**
     * The folder says which province the file belongs to and the cover says another: loading it
     * could put one province's figures under another's name, so it is rejected before the warehouse
     * sees it, with the mismatch added to its report.
     */
    private MovedFile rejectMisplaced(FileState file, Path path, String sha256, ProvinceId folder, CheckResult check) {
        CoverInfo cover = check.cover().orElseThrow();
        String coverSheet = checker.contract().sheet(WorkbookContract.COVER).name();
        check.report().add(new Problem(coverSheet, coverSheet, 0, -1, "INBOX_FOLDER_PROVINCE", Severity.ERROR,
                cover.province().toString(),
                text(Locale.forLanguageTag("vi"), "folder.mismatch", folder, cover.province(), cover.provinceName()),
                text(Locale.ENGLISH, "folder.mismatch", folder, cover.province(), cover.provinceName())));
        String name = path.getFileName().toString();
        Path target = layout.rejectedTarget(name, LocalDateTime.now(clock));
        Path reportFile = writeBeside(target, new JsonReportWriter().toJson(check.report(), check.cover()));
        Optional<Path> annotated = annotate(path, target, check);
        move(path, target);
        rejectionNotices.queue(new RejectionNotices.RejectedFile(Optional.of(folder), Optional.empty(), name,
                sha256, check.report().errors(), reportFile, annotated));
        return new MovedFile(file.relativePath(), sha256, file.size(), MovedFile.Outcome.REJECTED,
                "province-folder-mismatch", Optional.empty(), target, reportFile, annotated);
    }

    private MovedFile rejectUnread(FileState file, Path path, String sha256) {
        String name = path.getFileName().toString();
        Path target = layout.rejectedTarget(name, LocalDateTime.now(clock));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", name);
        report.put("verdict", "UNREADABLE");
        report.put("reason", "not-a-workbook");
        report.put("message", Map.of("vi", text(Locale.forLanguageTag("vi"), "not.workbook", name),
                "en", text(Locale.ENGLISH, "not.workbook", name)));
        Path reportFile = writeBeside(target, JSON.writeValueAsString(report));
        move(path, target);
        return new MovedFile(file.relativePath(), sha256, file.size(), MovedFile.Outcome.REJECTED, "not-a-workbook",
                Optional.empty(), target, reportFile, Optional.empty());
    }

    /** The annotated copy beside the rejected file; a file no copy can be made of is still rejected (the report lists its problems). */
    private Optional<Path> annotate(Path original, Path target, CheckResult check) {
        if (check.report().unreadableReason().isPresent()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the annotated copy of " + original + ": " + e.getMessage(), e);
        }
        AnnotatedCopy copy = new AnnotatedWorkbookWriter(checkContexts.limits()).write(original, check.report(), InboxLayout.annotatedBeside(target, "xlsx"));
        if (copy instanceof AnnotatedCopy.NotWritten notWritten) {
            log.warn("No annotated copy of {}: {}", original, notWritten.reasonEn());
        }
        return copy.written();
    }

    private static Path writeBeside(Path target, String json) {
        Path report = InboxLayout.reportBeside(target);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(report, json, StandardCharsets.UTF_8);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + report + ": " + e.getMessage(), e);
        }
    }

    /** A plain rename (no REPLACE_EXISTING): the target name is free, and nothing is ever overwritten. */
    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try {
            return SubmissionArchive.sha256Of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.lienket.inbox.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * What one scan did.
     *
     * @param seen       files in the inbox at the start of the scan
     * @param waiting    files left for a later scan because they may still be being written
     * @param unfinished complete files whose load failed part-way; they stay and are retried
     */
    public record ScanSummary(int seen, int waiting, int processed, int rejected, int unfinished) {
        @Override
        public String toString() {
            return "seen " + seen + ", processed " + processed + ", rejected " + rejected + ", waiting " + waiting
                    + ", unfinished " + unfinished;
        }
    }
}
