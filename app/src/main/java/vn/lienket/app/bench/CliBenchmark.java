package vn.lienket.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import vn.lienket.app.database.EmbeddedWarehouse;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;

/**
 * Whole processes as a user starts them, each timed from start to exit: the floor (the version,
 * from the same launcher and jar), {@code check} of a 2,000-row workbook, {@code submissions list}
 * on the embedded default and on a PostgreSQL server of its own, {@code template}, and the load of
 * a million-row workbook under {@code -Xmx256m} against the fastexcel→COPY reference started as its
 * own process on the same server. Everything runs in a scratch home: the installation's warehouse is
 * untouched.
 */
final class CliBenchmark {

    private static final ProvinceId LAM_DONG = new ProvinceId("P34", "68");
    private static final String OCOP_GROUP = "OCOP148-1";
    private static final List<Quarter> LARGE_QUARTERS = List.of(Quarter.parse("2025-Q3"), Quarter.parse("2025-Q4"),
            Quarter.parse("2026-Q1"), Quarter.parse("2026-Q2"), Quarter.parse("2026-Q3"));
    private static final String LOAD_HEAP = "-Xmx256m";

    private final List<String> launcher;
    private final Path workDirectory;
    private final Consumer<String> progress;

    CliBenchmark(List<String> launcher, Path workDirectory, Consumer<String> progress) {
        this.launcher = launcher;
        this.workDirectory = workDirectory;
        this.progress = progress;
    }

    /**
     * {@code loadOnly}: only the reference and the loads (the part that takes minutes), for measuring a change
     * to the load; the short commands are left out of the results.
     */
    Results run(int runs, int largeRuns, int largeRows, boolean loadOnly) throws Exception {
        Path home = Files.createDirectories(workDirectory.resolve("home"));
        Path log = workDirectory.resolve("processes.log");
        progress.accept("workbooks: 2,000 rows, " + largeRuns + " × " + largeRows + " rows");
        Path small = BenchmarkWorkbooks.write(workDirectory.resolve("check-2000.xlsx"), LAM_DONG, "Lâm Đồng",
                Quarter.parse("2026-Q1"), OCOP_GROUP, 2_000, 7);
        List<Path> large = new ArrayList<>();
        for (int i = 0; i < largeRuns; i++) {
            Quarter quarter = LARGE_QUARTERS.get(i % LARGE_QUARTERS.size());
            large.add(BenchmarkWorkbooks.write(workDirectory.resolve("load-" + quarter + ".xlsx"), LAM_DONG, "Lâm Đồng",
                    quarter, OCOP_GROUP, largeRows, 11 + i));
        }
        Map<String, String> embedded = Map.of("LIENKET_HOME", home.toString());
        Processes processes = new Processes(launcher, log);

        progress.accept("embedded warehouse of the scratch home: first load");
        processes.run(embedded, 0, "load", small.toString());
        Results results = new Results();
        results.largeRows = largeRows;
        results.runs = runs;
        results.largeRuns = largeRuns;
        if (!loadOnly) {
            Path template = workDirectory.resolve("template.xlsx");
            String[] version = {"--version"};
            String[] check = {"check", small.toString()};
            String[] list = {"submissions", "list"};
            String[] templateOfLamDong = {"template", "--province", "P34:68", "--quarter", "2026-Q2", "--out", template.toString()};
            // as after a user's first commands: the launcher records the class archive of each command at its
            // first run (the load above recorded the one of the commands that start the application)
            for (String[] first : List.of(version, check, list, templateOfLamDong)) {
                processes.run(embedded, 0, first);
            }
            shortCommands(processes, embedded, runs, results, version, check, list, templateOfLamDong);
        }
        return largeLoads(processes, embedded, small, large, loadOnly, runs, results);
    }

    private void shortCommands(Processes processes, Map<String, String> embedded, int runs, Results results,
                               String[] version, String[] check, String[] list, String[] templateOfLamDong)
            throws IOException, InterruptedException {
        progress.accept("floor: lienket --version");
        results.floor = processes.median(runs, embedded, 0, version);
        progress.accept("lienket check (2,000 rows)");
        results.check = processes.median(runs, embedded, 0, check);
        progress.accept("lienket submissions list (embedded)");
        results.listEmbedded = processes.median(runs, embedded, 0, list);
        progress.accept("lienket template");
        results.template = processes.median(runs, embedded, 0, templateOfLamDong);
    }

    private Results largeLoads(Processes processes, Map<String, String> embedded, Path small, List<Path> large, boolean loadOnly,
                               int runs, Results results) throws Exception {
        try (EmbeddedWarehouse server = EmbeddedWarehouse.start(workDirectory.resolve("server").resolve("pg"), "lienket")) {
            Map<String, String> external = new HashMap<>(embedded);
            external.put("SPRING_DATASOURCE_URL", server.jdbcUrl());
            external.put("SPRING_DATASOURCE_USERNAME", server.username());
            external.put("SPRING_DATASOURCE_PASSWORD", server.password());
            external.put("LIENKET_ARCHIVE_DIR", workDirectory.resolve("server").resolve("archive").toString());
            progress.accept("PostgreSQL server of its own: migrate");
            processes.run(external, 0, "db", "migrate");
            if (!loadOnly) {
                progress.accept("lienket submissions list (PostgreSQL server)");
                results.listExternal = processes.median(runs, external, 0, "submissions", "list");
            }

            Map<String, String> bounded = new HashMap<>(external);
            bounded.put("LIENKET_JAVA_OPTS", LOAD_HEAP);
            // the million-row workbook (about 76 MB) is over the 50 MiB a submission may have by default:
            // the operator setting an installation with such files would raise (lienket.workbook.max-file-bytes)
            bounded.put("LIENKET_WORKBOOK_MAXFILEBYTES", String.valueOf(BenchCommand.Load.BENCHMARK_MAX_FILE_BYTES));
            // the reference program, like each command, runs with the class archive its first run recorded
            processes.run(bounded, 0, "bench", "copy-reference", small.toString());
            List<Duration> loads = new ArrayList<>();
            List<Duration> references = new ArrayList<>();
            try (HikariDataSource settling = server.dataSource()) {
                for (Path file : large) {
                    progress.accept("reference process and lienket load: " + file.getFileName());
                    // each timed process starts on a settled server: the previous load's autovacuum and checkpoint
                    // were charged to whichever process came next (now and then 1-3 s)
                    DatabaseSettling.settle(settling);
                    references.add(processes.run(bounded, 0, "bench", "copy-reference", file.toString()));
                    DatabaseSettling.settle(settling);
                    loads.add(processes.run(bounded, 0, "load", file.toString()));
                }
            }
            results.references = references;
            results.loads = loads;
            results.reference = Processes.median(references);
            results.load = Processes.median(loads);
        }
        return results;
    }

    /** Medians in seconds, and the ratios the targets are stated in. */
    static final class Results {
        Duration floor;
        Duration check;
        Duration listEmbedded;
        Duration listExternal;
        Duration template;
        Duration load;
        Duration reference;
        /** Each run in order: the first load has no previous quarter, the later ones read the one before. */
        List<Duration> loads = List.of();
        List<Duration> references = List.of();
        int largeRows;
        int runs;
        int largeRuns;

        static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }

        double ratioToFloor(Duration duration) {
            return seconds(duration) / seconds(floor);
        }

        /** Throughput of the load relative to the reference's: reference time over load time. */
        double loadToReference() {
            return seconds(reference) / seconds(load);
        }
    }

    /** Starts the launcher as a user would and times each process from start to exit. */
    private record Processes(List<String> launcher, Path log) {

        Duration median(int runs, Map<String, String> environment, int expectedExit, String... arguments)
                throws IOException, InterruptedException {
            List<Duration> durations = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                durations.add(run(environment, expectedExit, arguments));
            }
            return median(durations);
        }

        static Duration median(List<Duration> durations) {
            List<Duration> sorted = durations.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        }

        Duration run(Map<String, String> environment, int expectedExit, String... arguments)
                throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_")
                    || name.equals("LIENKET_JAVA_OPTS") || name.startsWith("LIENKET_") && name.endsWith("_DIR"));
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (exit != expectedExit) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log);
            }
            return elapsed;
        }
    }

    /** The {@code lienket} launcher the running jar belongs to, as users start it, else {@code java -jar}. */
    static List<String> launcherFor(Path jar) {
        Path launcherHome = InstallationHome.resolve(Optional.empty(), Map.of(), jar).directory();
        Path script = launcherHome.resolve("lienket");
        if (Files.isExecutable(script)) {
            return List.of(script.toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    }
}
