package vn.lienket.robustness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import vn.lienket.testsupport.ChildProcess;
import vn.lienket.testsupport.PinnedClock;
import vn.lienket.testsupport.TestPostgres;

/**
 * One {@link IntakeProcess} in a child JVM with a 256 MB heap, on a test database: started on a
 * manifest of files, watched, killed with SIGKILL or left to finish, its outcomes read back.
 */
final class ChildIntake {

    static final String HEAP = "-Xmx256m";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    /** Manifest, results and console of each process, kept so that a failed run can be read afterwards. */
    private static final Path RUNS = Path.of("target", "robustness-it");

    private static String classpath;

    private final Process process;
    private final Path results;
    private final Path log;

    private ChildIntake(Process process, Path results, Path log) {
        this.process = process;
        this.results = results;
        this.log = log;
    }

    /**
     * Starts loading {@code files} (id → path) in the given order; files mapped to the same {@code groups} value
     * arrive together.
     *
     * @param fileSizeLimitKb when positive, the child may write no file larger than this (ulimit -f): a full disk
     */
    static ChildIntake start(String name, TestPostgres.Database database, Path archiveDir,
                             Map<String, Path> files, Map<String, String> groups, int fileSizeLimitKb) throws IOException {
        Path directory = Files.createDirectories(RUNS.resolve(name));
        Files.deleteIfExists(directory.resolve("results.tsv"));
        Path manifest = directory.resolve("manifest.tsv");
        List<String> lines = new ArrayList<>();
        files.forEach((id, file) -> lines.add(id + "\t" + groups.getOrDefault(id, id) + "\t" + file.toAbsolutePath()));
        Files.write(manifest, lines, StandardCharsets.UTF_8);
        Path results = directory.resolve("results.tsv");
        Path log = directory.resolve("console.log");
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKb > 0) {
            command.addAll(List.of("/bin/bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$@\"", "intake"));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(HEAP, "-XX:+UseSerialGC", ChildProcess.parentOption(), PinnedClock.childOption(),
                "-Dspring.datasource.url=" + database.jdbcUrl(),
                "-Dspring.datasource.username=" + database.username(),
                "-Dspring.datasource.password=" + (database.password() == null ? "" : database.password()),
                "-Dlienket.archive-dir=" + archiveDir.toAbsolutePath(),
                "-cp", privateClasspath(),
                IntakeProcess.class.getName(), manifest.toString(), results.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildIntake(process, results, log);
    }

    /**
     * The test's classpath with every entry built in this working tree copied once per run: other builds
     * in the same tree recompile {@code target/classes} at any moment, which a JVM starting from it
     * would see as missing classes. Dependencies from the local repository are used in place.
     */
    private static synchronized String privateClasspath() throws IOException {
        if (classpath == null) {
            Path snapshot = RUNS.resolve("classpath");
            deleteTree(snapshot);
            Path repository = Path.of(System.getProperty("user.home"), ".m2").toAbsolutePath();
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath();
                if (path.startsWith(repository) || !Files.exists(path)) {
                    entries.add(entry);
                } else {
                    Path copy = snapshot.resolve(entries.size() + "-" + path.getFileName());
                    copyTree(path, copy);
                    entries.add(copy.toAbsolutePath().toString());
                }
            }
            classpath = String.join(File.pathSeparator, entries);
        }
        return classpath;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    static Map<String, Path> files(Object... idsAndPaths) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 0; i < idsAndPaths.length; i += 2) {
            files.put((String) idsAndPaths[i], (Path) idsAndPaths[i + 1]);
        }
        return files;
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the intake process did not finish within " + PATIENCE + "; see " + log);
        }
        return process.exitValue();
    }

    /** Polls until {@code condition} holds while the process is alive; fails when it ends first. */
    void awaitWhileAlive(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the intake process exited (" + process.exitValue() + ") before " + what + "; see " + log);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no rollback from the JVM side. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    Map<String, Outcome> outcomes() throws IOException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (Files.exists(results)) {
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 5);
                outcomes.put(f[0], f[1].equals("ok")
                        ? new Outcome(Long.parseLong(f[2]), Boolean.parseBoolean(f[3]), null, null, null)
                        : new Outcome(0, false, f[2], f[3], f[4]));
            }
        }
        return outcomes;
    }

    /**
     * What {@code SubmissionIntake.load} did with one file: a submission, or the exception that escaped with its
     * causes (class[SQL state]: message, outermost first, joined by {@code " <- "}).
     */
    record Outcome(long submissionId, boolean alreadyProcessed, String exception, String message, String causes) {

        boolean failed() {
            return exception != null;
        }
    }
}
