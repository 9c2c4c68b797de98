package vn.lienket.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The inbox on disk:
 * <pre>
 * inbox/
 *   *.xlsx, *.xls                 files dropped at the top level
 *   P34-68/*.xlsx                 a folder named after a province (era-code): the cover must name that province
 *   processed/2026-Q1/P34-68/     loaded files, each with NAME.report.json beside it
 *   rejected/2026-04-20/          rejected files, with NAME.report.json and NAME.annotated.xlsx
 * </pre>
 * Moved files get a time prefix so two uploads of the same name never overwrite each other.
 */
public final class InboxLayout {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
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
                    if (Files.isDirectory(entry)) {
                        String name = entry.getFileName().toString();
                        if (!name.equals(PROCESSED) && !name.equals(REJECTED)) {
                            addFilesOf(entry, files);
                        }
                    } else if (Files.isRegularFile(entry)) {
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
                if (!hidden(entry) && Files.isRegularFile(entry)) {
                    files.add(stateOf(entry));
                }
            }
        }
    }

    /** Microseconds, the precision PostgreSQL keeps, so a time read back from the last scan compares equal. */
    private FileState stateOf(Path file) throws IOException {
        return new FileState(relative(file), Files.size(file),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Office lock files ({@code ~$book.xlsx}) and dot-files are never submissions. */
    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }

    public Path resolve(String relativePath) {
        return root.resolve(relativePath);
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
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

    public static boolean isWorkbook(String relativePath) {
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    /** Where a loaded file goes: by quarter and province, so an operator finds a province's history in one folder. */
    public Path processedTarget(String fileName, Optional<Quarter> quarter, Optional<ProvinceId> province, LocalDateTime now) {
        Path folder = root.resolve(PROCESSED)
                .resolve(quarter.map(Quarter::toString).orElse("unknown-quarter"))
                .resolve(province.map(p -> p.era() + "-" + p.code()).orElse("unknown-province"));
        return freeName(folder, now.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + now.format(TIME_PREFIX) + "-" + fileName);
    }

    /** Where a rejected file goes: by the day it was rejected, which is what an operator is asked about. */
    public Path rejectedTarget(String fileName, LocalDateTime now) {
        Path folder = root.resolve(REJECTED).resolve(now.toLocalDate().toString());
        return freeName(folder, now.format(TIME_PREFIX) + "-" + fileName);
    }

    /** {@code NAME.report.json} beside a moved file. */
    public static Path reportBeside(Path movedFile) {
        return movedFile.resolveSibling(movedFile.getFileName() + ".report.json");
    }

    /** {@code NAME.annotated.xlsx} (or {@code .xls}) beside a moved file. */
    public static Path annotatedBeside(Path movedFile, String extension) {
        return movedFile.resolveSibling(movedFile.getFileName() + ".annotated." + extension);
    }

    private static Path freeName(Path folder, String name) {
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(n + "-" + name);
        }
        return candidate;
    }
}
