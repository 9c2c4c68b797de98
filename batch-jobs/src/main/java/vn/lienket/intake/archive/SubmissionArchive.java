package vn.lienket.intake.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.domain.Sha256;
import vn.lienket.storage.DurableFiles;
import vn.lienket.workbook.contract.WorkbookContracts;

/**
 * The write-once store of every file ever submitted, addressed by the SHA-256 of its bytes:
 * {@code <root>/ab/cd/<sha256>.<ext>}. A file is copied to a temporary name, flushed to disk, moved
 * into place atomically and made read-only, so a crash never leaves a half-written archive entry
 * and nothing overwrites what auditors will replay.
 */
public final class SubmissionArchive {

    private static final String RECEIPTS = "receipts";
    private static final String INCOMING_PREFIX = ".incoming-";
    private static final String INCOMING_SUFFIX = ".part";
    private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;

    public SubmissionArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Stores the bytes of {@code source}; storing the same bytes again returns the existing entry. */
    public ArchivedFile store(Path source) throws IOException {
        Files.createDirectories(root);
        Path incoming = Files.createTempFile(root, INCOMING_PREFIX, INCOMING_SUFFIX);
        try {
            String sha256 = copyAndHash(source, incoming);
            Path target = pathFor(sha256, extensionOf(source));
            if (Files.exists(target)) {
                verify(target, sha256);
                return new ArchivedFile(sha256, target, Files.size(target), false);
            }
            Files.createDirectories(target.getParent());
            DurableFiles.publish(incoming, target);
            target.toFile().setReadOnly();
            return new ArchivedFile(sha256, target, Files.size(target), true);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /**
     * Whether {@code entry} is in this archive as {@link #store} left it: its place follows from its hash and
     * the file is there (an entry stored ahead by another instance is taken only if it is this archive's).
     */
    public boolean holds(ArchivedFile entry) {
        String name = entry.path().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return entry.path().equals(pathFor(entry.sha256(), extension)) && Files.isRegularFile(entry.path());
    }

    /**
     * Removes the temporary copies ({@code .incoming-*.part}) a killed load left in the archive and its
     * receipts folder, older than {@code age} (a live copy takes seconds), and returns them.
     */
    public List<Path> sweepLeftovers(Duration age) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path directory : List.of(root, root.resolve(RECEIPTS))) {
            removed.addAll(DurableFiles.sweepLeftovers(directory, 1,
                    name -> name.startsWith(INCOMING_PREFIX) && name.endsWith(INCOMING_SUFFIX), age));
        }
        return removed;
    }

    /**
     * Records that a file was received, once: {@code receipts/<received-at UTC>_<sha256>.json},
     * written to a temporary name, flushed and moved into place, then made read-only. Recording the
     * same receipt again (a restarted job) changes nothing.
     */
    public void recordReceipt(Receipt receipt) throws IOException {
        Path directory = Files.createDirectories(receiptsDirectory());
        Path target = directory.resolve(receiptFileName(receipt));
        if (Files.exists(target)) {
            return;
        }
        Path incoming = Files.createTempFile(directory, INCOMING_PREFIX, INCOMING_SUFFIX);
        try {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("sha256", receipt.sha256());
            content.put("originalFilename", receipt.originalFilename());
            content.put("uploader", receipt.uploader());
            content.put("receivedAt", receipt.receivedAt().toString());
            content.put("provinceScope", receipt.provinceScope());
            if (receipt.submissionId() != null) {
                content.put("submissionId", receipt.submissionId());
            }
            content.put("contractVersion", receipt.contractVersion());
            DurableFiles.writeAndForce(incoming, JSON.writeValueAsBytes(content));
            DurableFiles.publish(incoming, target);
            target.toFile().setReadOnly();
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /**
     * Every receipt in the archive, in the order the files arrived: the receipts that do not record the
     * submission id they were registered under (written before it was recorded) first, by name (time of
     * receipt, then SHA-256); then the others by that id, which orders even files received at the same
     * instant as the warehouse registered them.
     */
    public List<Receipt> receipts() throws IOException {
        Path directory = receiptsDirectory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Receipt> receipts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                receipts.add(readReceipt(file));
            }
        }
        receipts.sort(Comparator.comparing(Receipt::submissionId, Comparator.nullsFirst(Comparator.naturalOrder())));
        return receipts;
    }

    /** Where the receipts are kept. */
    public Path receiptsDirectory() {
        return root.resolve(RECEIPTS);
    }

    /** The name a receipt is kept under: {@code <received-at UTC>_<sha256>.json}, so that names sort in order of arrival. */
    public static String receiptFileName(Receipt receipt) {
        return RECEIPT_TIME.format(receipt.receivedAt().toInstant()) + "_" + receipt.sha256() + ".json";
    }

    /** The receipt in this file. */
    public static Receipt readReceipt(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        return new Receipt(json.get("sha256").asString(), json.get("originalFilename").asString(),
                json.get("uploader").asString(), OffsetDateTime.parse(json.get("receivedAt").asString()),
                json.has("provinceScope") ? json.get("provinceScope").asString() : "*",
                json.has("submissionId") ? json.get("submissionId").asLong() : null,
                json.has("contractVersion") ? json.get("contractVersion").asString() : WorkbookContracts.FIRST_VERSION);
    }

    /** The archived file with this hash, whatever its extension. */
    public Optional<Path> find(String sha256) {
        Path directory = pathFor(sha256, "bin").getParent();
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(sha256.toLowerCase(Locale.ROOT) + ".")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the bytes with this hash live (whether or not they are there yet). */
    public Path pathFor(String sha256, String extension) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash + "." + extension);
    }

    /** Recomputes the hash of an archived file and fails if its bytes were altered. */
    public void verify(Path archived, String expectedSha256) throws IOException {
        String actual = sha256Of(archived);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new ArchiveCorruptedException(archived, expectedSha256, actual);
        }
    }

    /** The address of a file's bytes in the archive. */
    public static String sha256Of(Path file) throws IOException {
        return Sha256.hexOf(file);
    }

    private static String copyAndHash(Path source, Path incoming) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
            in.transferTo(out);
            out.flush();
            channel.force(true);
        }
        return Sha256.hex(digest);
    }

    private static String extensionOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "bin";
    }
}
