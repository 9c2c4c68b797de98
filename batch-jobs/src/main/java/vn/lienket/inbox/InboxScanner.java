package vn.lienket.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.distribution.RejectionNotices;
import vn.lienket.domain.MessageBundle;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.Submission;
import vn.lienket.domain.SubmissionStatus;

/**
 * One pass over the inbox: takes the files that are complete (see {@link StabilityRule}), brings each
 * through {@link SubmissionIntake} with the province its folder stands for, and moves it to
 * {@code processed/} or {@code rejected/} with its report beside it. The intake archives, hashes and
 * checks the file; the scanner never reads it. Each file is handled on its own: whatever goes wrong
 * with one is counted against that file, which stays for the next scan and, after
 * {@code lienket.inbox.max-attempts} failures, is set aside in {@code failed/} with a note; the scan
 * goes on with the others. A rejected workbook whose annotated copy cannot be made (a Strict OOXML file
 * POI cannot open, memory) is rejected with its report alone, which says so. Links and other
 * non-regular files are set aside unread. Never deletes a file.
 */
@Service
public class InboxScanner {

    /** Uploader recorded for inbox files: {@code inbox:<path in the inbox>}. */
    public static final String UPLOADER_PREFIX = "inbox:";
    /** Leftovers of a killed scan or load older than this are removed: no live one takes so long. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);
    private static final MessageBundle MESSAGES = new MessageBundle("vn.lienket.inbox.messages");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InboxLayout layout;
    private final StabilityRule stability;
    private final boolean rootDrops;
    private final int maxAttempts;
    private final InboxRecords records;
    private final SubmissionIntake intake;
    private final SubmissionArchive archive;
    private final RejectionNotices rejectionNotices;
    private final InboxAnnotator annotator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public InboxScanner(InboxProperties properties, Clock clock, InboxRecords records,
                        SubmissionIntake intake, SubmissionArchive archive, RejectionNotices rejectionNotices,
                        InboxAnnotator annotator, PlatformTransactionManager transactionManager) {
        this.layout = new InboxLayout(properties.dir());
        this.stability = new StabilityRule(properties.temporarySuffixes());
        this.rootDrops = properties.rootDrops();
        this.maxAttempts = Math.max(1, properties.maxAttempts());
        this.records = records;
        this.intake = intake;
        this.archive = archive;
        this.rejectionNotices = rejectionNotices;
        this.annotator = annotator;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public ScanSummary scanOnce() {
        sweepLeftovers();
        List<FileState> current = layout.waitingFiles();
        List<FileState> ready = stability.ready(records.observations(), current);
        List<FileState> stillWaiting = new ArrayList<>(current);
        stillWaiting.removeAll(ready);
        int processed = 0;
        int rejected = 0;
        int unfinished = 0;
        int failed = 0;
        for (FileState file : ready) {
            try {
                MovedFile moved = take(file);
                if (moved.outcome() == MovedFile.Outcome.PROCESSED) {
                    processed++;
                } else {
                    rejected++;
                }
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                if (failedFor(file, e)) {
                    failed++;
                } else {
                    stillWaiting.add(file);
                    unfinished++;
                }
            }
        }
        records.replaceObservations(stillWaiting);
        return new ScanSummary(current.size(), stillWaiting.size() - unfinished, processed, rejected, unfinished, failed);
    }

    private MovedFile take(FileState file) throws IOException {
        InboxLayout.Readable readable = layout.readable(file.relativePath());
        if (readable.refusal().isPresent()) {
            return setAsideUnread(file, readable.path(), readable.refusal().get());
        }
        Path path = readable.path();
        String name = path.getFileName().toString();
        IntakeResult result = intake.load(new IntakeRequest(path, name, UPLOADER_PREFIX + file.relativePath(),
                OffsetDateTime.now(clock), InboxLayout.scopeOf(file.relativePath(), rootDrops)));
        Submission submission = result.submission();
        String report = result.reportJson().orElse("{}");
        LocalDateTime now = LocalDateTime.now(clock);
        if (submission.status() == SubmissionStatus.REJECTED) {
            Path target = layout.rejectedTarget(name, now);
            AnnotatedReport annotatedReport = annotate(file, result, report, target);
            Optional<Path> annotated = annotatedReport.copy();
            Path reportFile = writeBeside(target, annotatedReport.report());
            MovedFile moved = new MovedFile(file.relativePath(), Optional.of(submission.fileSha256()), file.size(),
                    MovedFile.Outcome.REJECTED, rejectionReason(file, result), Optional.of(submission.id()), target,
                    Optional.of(reportFile), annotated);
            transaction.executeWithoutResult(status -> {
                records.logMoved(moved);
                rejectionNotices.queue(new RejectionNotices.RejectedFile(
                        submission.province().or(() -> InboxLayout.folderProvince(file.relativePath())),
                        Optional.of(submission.id()), name, submission.fileSha256(), submission.errorCount(), reportFile,
                        annotated));
            });
            move(path, target);
            return moved;
        }
        Path target = layout.processedTarget(name, submission.quarter(), submission.province(), now);
        Path reportFile = writeBeside(target, report);
        MovedFile moved = new MovedFile(file.relativePath(), Optional.of(submission.fileSha256()), file.size(),
                MovedFile.Outcome.PROCESSED, processedReason(result), Optional.of(submission.id()), target,
                Optional.of(reportFile), Optional.empty());
        records.logMoved(moved);
        move(path, target);
        return moved;
    }

    /**
     * The annotated copy of a rejected workbook, made from the check of this intake call (none when the
     * file was judged before). A copy that cannot be made, whatever the reason, does not stop the
     * rejection: the report says so instead.
     */
    private AnnotatedReport annotate(FileState file, IntakeResult result, String report, Path target) {
        if (result.check().isEmpty()) {
            return new AnnotatedReport(Optional.empty(), report);
        }
        try {
            return new AnnotatedReport(annotator.annotate(Path.of(result.submission().archivePath()), result.check().get(), target),
                    report);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("The annotated copy of inbox file {} could not be made ({}: {}); it is rejected with its report only",
                    file.relativePath(), e.getClass().getSimpleName(), e.getMessage());
            return new AnnotatedReport(Optional.empty(),
                    withNote(report, "annotated.copy.failed", result.submission().originalFilename()));
        }
    }

    private record AnnotatedReport(Optional<Path> copy, String report) {
    }

    /** The report with a Vietnamese and English note for its reader ({@code inboxNote}). */
    private static String withNote(String report, String key, Object... arguments) {
        ObjectNode json = JSON.readTree(report) instanceof ObjectNode object ? object : JSON.createObjectNode();
        json.putObject("inboxNote")
                .put("vi", text(Locale.forLanguageTag("vi"), key, arguments))
                .put("en", text(Locale.ENGLISH, key, arguments));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    private static String rejectionReason(FileState file, IntakeResult result) {
        if (result.alreadyProcessed()) {
            return "already-processed";
        }
        return InboxLayout.isWorkbook(file.relativePath()) ? "invalid" : "not-a-workbook";
    }

    private static String processedReason(IntakeResult result) {
        if (result.alreadyProcessed()) {
            return "already-processed";
        }
        return result.submission().status() == SubmissionStatus.SUPERSEDED ? "superseded" : "loaded";
    }

    /**
     * A link, a device, a folder reached through a link: nothing is read from it or written through it.
     * The entry itself (the link, not what it points to) is moved to {@code rejected/} with a note.
     */
    private MovedFile setAsideUnread(FileState file, Path path, String reason) {
        log.warn("Inbox entry {} is not a regular file inside the inbox ({}); set aside unread", file.relativePath(), reason);
        String name = path.getFileName().toString();
        Path target = layout.rejectedTarget(name, LocalDateTime.now(clock));
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("file", file.relativePath());
        note.put("verdict", "UNREADABLE");
        note.put("reason", reason);
        note.put("message", Map.of("vi", text(Locale.forLanguageTag("vi"), "not.regular", file.relativePath()),
                "en", text(Locale.ENGLISH, "not.regular", file.relativePath())));
        Path reportFile = writeBeside(target, JSON.writeValueAsString(note));
        MovedFile moved = new MovedFile(file.relativePath(), Optional.empty(), file.size(), MovedFile.Outcome.REJECTED,
                reason, Optional.empty(), target, Optional.of(reportFile), Optional.empty());
        records.logMoved(moved);
        move(path, target);
        return moved;
    }

    /**
     * Counts a failure against the file. Below the limit it stays for the next scan (a database or disk
     * that is down comes back); at the limit it is set aside in {@code failed/} with a note, the operator
     * told by a warning and a row in {@code inbox_file}. Returns whether it was set aside.
     */
    private boolean failedFor(FileState file, Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int attempts;
        try {
            attempts = records.recordFailure(file, reason);
        } catch (RuntimeException e) {
            log.error("Inbox file {} failed ({}) and the failure could not be recorded: {}; it stays for the next scan",
                    file.relativePath(), reason, e.getMessage(), failure);
            return false;
        }
        if (attempts < maxAttempts) {
            log.error("Inbox file {} stays in the inbox for the next scan (attempt {} of {}): {}", file.relativePath(),
                    attempts, maxAttempts, reason, failure);
            return false;
        }
        try {
            Path path = layout.resolve(file.relativePath());
            Path target = layout.failedTarget(path.getFileName().toString(), LocalDateTime.now(clock));
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("file", file.relativePath());
            note.put("attempts", attempts);
            note.put("failure", reason);
            note.put("message", Map.of("vi", text(Locale.forLanguageTag("vi"), "failed", file.relativePath(), attempts, reason),
                    "en", text(Locale.ENGLISH, "failed", file.relativePath(), attempts, reason)));
            Path noteFile = InboxLayout.failureBeside(target);
            write(noteFile, JSON.writeValueAsString(note));
            records.logMoved(new MovedFile(file.relativePath(), Optional.empty(), file.size(), MovedFile.Outcome.FAILED,
                    "failed", Optional.empty(), target, Optional.of(noteFile), Optional.empty()));
            move(path, target);
            log.warn("Inbox file {} failed {} times and was set aside in {}: {}", file.relativePath(), attempts, target, reason);
            return true;
        } catch (RuntimeException e) {
            log.error("Inbox file {} failed {} times and could not be set aside: {}", file.relativePath(), attempts,
                    e.getMessage(), e);
            return false;
        }
    }

    /** Temporary files a killed scan or load left: half-written annotated copies, half-archived files. */
    private void sweepLeftovers() {
        try {
            layout.sweepLeftovers(LEFTOVER_AGE).forEach(path -> log.warn("Removed {}, left by a stopped scan", path));
            archive.sweepLeftovers(LEFTOVER_AGE).forEach(path -> log.warn("Removed {}, left by a stopped load", path));
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not sweep the leftovers of stopped scans: {}", e.getMessage());
        }
    }

    private static Path writeBeside(Path target, String json) {
        Path report = InboxLayout.reportBeside(target);
        write(report, json);
        return report;
    }

    /** Writes a new side file; an existing file or link of that name is never written through. */
    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
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

    private static String text(Locale locale, String key, Object... arguments) {
        return MESSAGES.text(locale, key, arguments);
    }

    /**
     * What one scan did.
     *
     * @param seen       files in the inbox at the start of the scan
     * @param waiting    files left for a later scan because they may still be being written
     * @param unfinished complete files whose handling failed; they stay and are tried again
     * @param failed     files that failed once too often and were set aside in {@code failed/}
     */
    public record ScanSummary(int seen, int waiting, int processed, int rejected, int unfinished, int failed) {
        @Override
        public String toString() {
            return "seen " + seen + ", processed " + processed + ", rejected " + rejected + ", waiting " + waiting
                    + ", unfinished " + unfinished + ", failed " + failed;
        }
    }
}
