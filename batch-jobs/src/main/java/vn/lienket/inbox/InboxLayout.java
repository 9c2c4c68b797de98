package vn.lienket.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.storage.DurableFiles;

/**
 * The inbox on disk:
 * <pre>
 * inbox/
 *   P34-68/*.xlsx                 a folder named after a province (era-code): the door of that province
 *   *.xlsx, *.xls                 files dropped at the top level: refused unless the operator allows them
 *   processed/2026-Q1/P34-68/     loaded files, each with NAME.report.json beside it
 *   rejected/2026-04-20/          rejected files, with NAME.report.json and NAME.annotated.xlsx
 *   failed/2026-04-20/            files whose handling failed again and again, with NAME.failure.json
 * </pre>
 * Moved files get a time prefix so two uploads of the same name never overwrite each other. Links and
 * other files that are not regular files are listed (so they are set aside) but never followed.
 */
public final class InboxLayout {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
    /** Suffix of an annotated copy being written; one left by a killed process is swept by the next scan. */
    public static final String ANNOTATING = ".annotating";
    private static final Pattern PROVINCE_FOLDER = Pattern.compile("(P\\d{2})[-_ ](\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter TIME_PREFIX = DateTimeFormatter.ofPattern("HHmmss");

    private final Path root;

    public InboxLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Files waiting in the inbox: the top level and one level of sub-folders, hidden files and the output folders excluded. */
    public List<FileState> waitingFiles() {
        try {
            Files.createDirectories(root);
            List<FileState> files = new ArrayList<>();
            try (Stream<Path> top = Files.list(root)) {
                for (Path entry : top.sorted().toList()) {
                    if (hidden(entry)) {
                        continue;
                    }
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        String name = entry.getFileName().toString();
                        if (!name.equals(PROCESSED) && !name.equals(REJECTED) && !name.equals(FAILED)) {
                            addFilesOf(entry, files);
                        }
                    } else {
                        files.add(stateOf(entry));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + root + ": " + e.getMessage(), e);
        }
    }

    private void addFilesOf(Path folder, List<FileState> files) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (!hidden(entry) && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(stateOf(entry));
                }
            }
        }
    }

    /** Microseconds, the precision PostgreSQL keeps, so a time read back from the last scan compares equal. */
    private FileState stateOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileState(relative(file), attributes.size(),
                attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Office lock files ({@code ~$book.xlsx}) and dot-files are never submissions. */
    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }

    public Path resolve(String relativePath) {
        return root.resolve(relativePath);
    }

    /**
     * The waiting file at {@code relativePath}, if it may be read: a regular file, not a link, whose
     * folder really lies under the inbox (no link on the way leads elsewhere). Otherwise why not.
     */
    public Readable readable(String relativePath) throws IOException {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            return Readable.refused(path, "outside-inbox");
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            return Readable.refused(path, "link");
        }
        if (!attributes.isRegularFile()) {
            return Readable.refused(path, "not-a-regular-file");
        }
        if (!path.getParent().toRealPath().startsWith(root.toRealPath())) {
            return Readable.refused(path, "outside-inbox");
        }
        return new Readable(path, Optional.empty());
    }

    /** A waiting file and, when it must not be read, the reason ({@code link}, {@code not-a-regular-file}, {@code outside-inbox}). */
    public record Readable(Path path, Optional<String> refusal) {
        static Readable refused(Path path, String reason) {
            return new Readable(path, Optional.of(reason));
        }
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Removes the half-written annotated copies ({@code .annotating}) a killed scan left in
     * {@code rejected/}, older than {@code age}, and returns them.
     */
    public List<Path> sweepLeftovers(Duration age) throws IOException {
        return DurableFiles.sweepLeftovers(root.resolve(REJECTED), 2,
                name -> name.endsWith(ANNOTATING) || name.endsWith(ANNOTATING + ".partial"), age);
    }

    /** The folder that is the door of {@code province}: {@code P34-68}. */
    public static String folderOf(ProvinceId province) {
        return province.era() + "-" + province.code();
    }

    /** The province a file's folder names, if its folder is named like {@code P34-68}. */
    public static Optional<ProvinceId> folderProvince(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Matcher matcher = PROVINCE_FOLDER.matcher(relativePath.substring(0, slash));
        return matcher.matches()
                ? Optional.of(new ProvinceId(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2)))
                : Optional.empty();
    }

    /**
     * The province whose workbook the door of {@code relativePath} accepts: its folder's province;
     * any province at the top of the inbox or in another folder when the operator allows root-level
     * drops, else none.
     */
    public static ProvinceScope scopeOf(String relativePath, boolean rootDrops) {
        return folderProvince(relativePath).map(ProvinceScope::only)
                .orElse(rootDrops ? ProvinceScope.any() : ProvinceScope.none());
    }

    public static boolean isWorkbook(String relativePath) {
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    /** Where a loaded file goes: by quarter and province, so an operator finds a province's history in one folder. */
    public Path processedTarget(String fileName, Optional<Quarter> quarter, Optional<ProvinceId> province, LocalDateTime now) {
        Path folder = root.resolve(PROCESSED)
                .resolve(quarter.map(Quarter::toString).orElse("unknown-quarter"))
                .resolve(province.map(InboxLayout::folderOf).orElse("unknown-province"));
        return freeName(folder, now.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + now.format(TIME_PREFIX) + "-" + fileName);
    }

    /** Where a rejected file goes: by the day it was rejected, which is what an operator is asked about. */
    public Path rejectedTarget(String fileName, LocalDateTime now) {
        Path folder = root.resolve(REJECTED).resolve(now.toLocalDate().toString());
        return freeName(folder, now.format(TIME_PREFIX) + "-" + fileName);
    }

    /** Where a file goes that could not be handled after the configured attempts: by day, for the operator. */
    public Path failedTarget(String fileName, LocalDateTime now) {
        Path folder = root.resolve(FAILED).resolve(now.toLocalDate().toString());
        return freeName(folder, now.format(TIME_PREFIX) + "-" + fileName);
    }

    /** {@code NAME.failure.json} beside a file set aside in {@code failed/}. */
    public static Path failureBeside(Path movedFile) {
        return movedFile.resolveSibling(movedFile.getFileName() + ".failure.json");
    }

    /** {@code NAME.report.json} beside a moved file. */
    public static Path reportBeside(Path movedFile) {
        return movedFile.resolveSibling(movedFile.getFileName() + ".report.json");
    }

    /** {@code NAME.annotated.xlsx} (or {@code .xls}) beside a moved file. */
    public static Path annotatedBeside(Path movedFile, String extension) {
        return movedFile.resolveSibling(movedFile.getFileName() + ".annotated." + extension);
    }

    /**
     * A name in {@code folder} free for the file and for every side file written beside it (report,
     * annotated copy, failure note, their temporary names), links included: nothing is overwritten or
     * written through a link.
     */
    private static Path freeName(Path folder, String name) {
        Path candidate = folder.resolve(name);
        for (int n = 2; taken(candidate); n++) {
            candidate = folder.resolve(n + "-" + name);
        }
        return candidate;
    }

    private static boolean taken(Path candidate) {
        String name = candidate.getFileName().toString();
        return Stream.of("", ".report.json", ".failure.json", ".annotated.xlsx", ".annotated.xls", ANNOTATING)
                .anyMatch(suffix -> Files.exists(candidate.resolveSibling(name + suffix), LinkOption.NOFOLLOW_LINKS));
    }
}
