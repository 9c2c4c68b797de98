package vn.lienket.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * Re-hashes every file of the submission archive against the name it is kept under, and holds the archive against
 * its receipts and the submission registry: bytes a receipt or a submission names must be there, every receipt must
 * say what its name says and what the registry says of the same arrival (its id, its contract version), and every file
 * must be named by a receipt. Reads the files one at a time.
 */
public final class ArchiveCheck {

    private static final Pattern ARCHIVED_NAME = Pattern.compile("([0-9a-f]{2})([0-9a-f]{2})[0-9a-f]{60}\\.[a-z0-9]{1,8}");
    private static final Pattern RECEIPT_NAME = Pattern.compile("\\d{8}T\\d{6}\\.\\d{3}Z_([0-9a-f]{64})\\.json");

    private final SubmissionArchive archive;

    public ArchiveCheck(SubmissionArchive archive) {
        this.archive = archive;
    }

    /**
     * @param registered the submissions of the registry, each with the hash and time of receipt it was registered under,
     *                   its id and the contract version it was checked under
     */
    public ArchiveReport check(Collection<Receipt> registered) throws IOException {
        Set<ArchiveProblem> problems = new LinkedHashSet<>();
        Map<String, Path> files = checkFiles(problems);
        Map<String, List<Receipt>> receipts = checkReceipts(files, problems);
        Set<String> named = new HashSet<>(receipts.keySet());
        for (Receipt submission : registered) {
            named.add(submission.sha256());
            if (!files.containsKey(submission.sha256()) && !receipts.containsKey(submission.sha256())) {
                problems.add(new ArchiveProblem(ArchiveProblem.Kind.FILE_MISSING, archive.pathFor(submission.sha256(), "*"),
                        submission.sha256()));
            }
            List<Receipt> kept = receipts.getOrDefault(submission.sha256(), List.of()).stream()
                    .filter(receipt -> sameMillisecond(receipt, submission)).toList();
            Path receiptPath = archive.receiptsDirectory().resolve(SubmissionArchive.receiptFileName(submission));
            if (kept.isEmpty()) {
                problems.add(new ArchiveProblem(ArchiveProblem.Kind.RECEIPT_MISSING, receiptPath, submission.sha256()));
            } else if (kept.stream().noneMatch(receipt -> sameArrival(receipt, submission))) {
                problems.add(new ArchiveProblem(ArchiveProblem.Kind.RECEIPT_DISAGREES, receiptPath, submission.sha256()));
            }
        }
        files.forEach((sha256, path) -> {
            if (!named.contains(sha256)) {
                problems.add(new ArchiveProblem(ArchiveProblem.Kind.UNREGISTERED, path, sha256));
            }
        });
        int receiptCount = receipts.values().stream().mapToInt(List::size).sum();
        return new ArchiveReport(files.size(), receiptCount, registered.size(), problems.stream()
                .sorted(Comparator.comparing(ArchiveProblem::path).thenComparing(ArchiveProblem::kind)).toList());
    }

    /** Every archived file by the hash its name claims; files that do not hash to it, or are named otherwise, are problems. */
    private Map<String, Path> checkFiles(Set<ArchiveProblem> problems) throws IOException {
        Map<String, Path> files = new HashMap<>();
        if (!Files.isDirectory(archive.root())) {
            return files;
        }
        Path receiptsDirectory = archive.receiptsDirectory();
        try (Stream<Path> paths = Files.walk(archive.root())) {
            for (Path path : paths.filter(Files::isRegularFile).filter(path -> !path.startsWith(receiptsDirectory)).toList()) {
                String name = path.getFileName().toString();
                Matcher matcher = ARCHIVED_NAME.matcher(name);
                if (!matcher.matches() || !path.getParent().equals(archive.root().resolve(matcher.group(1)).resolve(matcher.group(2)))) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.UNREGISTERED, path, null));
                    continue;
                }
                String sha256 = name.substring(0, 64);
                if (!SubmissionArchive.sha256Of(path).equals(sha256)) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.FILE_ALTERED, path, sha256));
                }
                files.put(sha256, path);
            }
        }
        return files;
    }

    /** Every receipt that says what its name says, by hash; a receipt naming bytes that are not archived is a problem. */
    private Map<String, List<Receipt>> checkReceipts(Map<String, Path> files, Set<ArchiveProblem> problems) throws IOException {
        Map<String, List<Receipt>> receipts = new HashMap<>();
        Path directory = archive.receiptsDirectory();
        if (!Files.isDirectory(directory)) {
            return receipts;
        }
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Matcher matcher = RECEIPT_NAME.matcher(path.getFileName().toString());
                if (!matcher.matches()) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.UNREGISTERED, path, null));
                    continue;
                }
                Receipt receipt;
                try {
                    receipt = SubmissionArchive.readReceipt(path);
                } catch (IOException | RuntimeException unreadable) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.RECEIPT_ALTERED, path, matcher.group(1)));
                    continue;
                }
                if (!SubmissionArchive.receiptFileName(receipt).equals(path.getFileName().toString())) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.RECEIPT_ALTERED, path, matcher.group(1)));
                    continue;
                }
                if (!files.containsKey(receipt.sha256())) {
                    problems.add(new ArchiveProblem(ArchiveProblem.Kind.FILE_MISSING, archive.pathFor(receipt.sha256(), "*"),
                            receipt.sha256()));
                }
                receipts.computeIfAbsent(receipt.sha256(), sha -> new ArrayList<>()).add(receipt);
            }
        }
        return receipts;
    }

    /**
     * The receipt and the registry say the same of the arrival: the contract version it was checked under and, where
     * both record it, its place among the arrivals (receipts written before either was recorded say {@code v1} and no id).
     */
    private static boolean sameArrival(Receipt receipt, Receipt submission) {
        boolean samePlace = receipt.submissionId() == null || submission.submissionId() == null
                || receipt.submissionId().equals(submission.submissionId());
        return samePlace && receipt.contractVersion().equals(submission.contractVersion());
    }

    private static boolean sameMillisecond(Receipt receipt, Receipt submission) {
        return receipt.receivedAt().toInstant().truncatedTo(ChronoUnit.MILLIS)
                .equals(submission.receivedAt().toInstant().truncatedTo(ChronoUnit.MILLIS));
    }
}
