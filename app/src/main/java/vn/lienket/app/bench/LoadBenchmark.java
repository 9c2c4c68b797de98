package vn.lienket.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.domain.SubmissionStatus;

/**
 * Measures the load in one run against references measured in the same run, so that a shared,
 * noisy machine changes both sides alike: Liên kết end to end on a large investment sheet; the
 * practical ceiling (fastexcel straight into COPY, no validation); a naive peer (POI usermodel and
 * one INSERT per row); and many ordinary submissions one after another (per-job overhead).
 */
final class LoadBenchmark {

    /**
     * Ordinary submissions (at most as many as are measured) loaded, untimed, before the million-row load: the reference's faster run
     * is its second, with fastexcel's code compiled, so Liên kết is measured with its code compiled too
     * (its first large load otherwise pays about a second of JIT compilation on the same two cores).
     */
    private static final int WARM_UP_SUBMISSIONS = 100;

    private final SubmissionIntake intake;
    private final DataSource dataSource;
    private final Consumer<String> progress;

    LoadBenchmark(SubmissionIntake intake, DataSource dataSource, Consumer<String> progress) {
        this.intake = intake;
        this.dataSource = dataSource;
        this.progress = progress;
    }

    Results run(Path workDirectory, int largeRows, int naiveRows, int ordinaryCount, int ordinaryRows) throws Exception {
        ProvinceId lamDong = ProvinceId.parse("P34:68");
        progress.accept("generating " + largeRows + "-row workbook");
        Quarter largeQuarter = Quarter.parse("2026-Q2");
        Path large = BenchmarkWorkbooks.write(workDirectory.resolve("investment-" + largeRows + ".xlsx"), lamDong, "Lâm Đồng",
                largeQuarter, ocopGroupOf(largeQuarter), largeRows, System.nanoTime());
        Path small = BenchmarkWorkbooks.write(workDirectory.resolve("investment-" + naiveRows + ".xlsx"), lamDong, "Lâm Đồng",
                largeQuarter, ocopGroupOf(largeQuarter), naiveRows, 7);
        List<Path> ordinary = new ArrayList<>();
        progress.accept("generating " + ordinaryCount + " ordinary workbooks");
        List<ProvinceId> provinces = PortalBenchmark.PROVINCES;
        List<Quarter> quarters = List.of(Quarter.parse("2025-Q3"), Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1"));
        long seed = System.nanoTime();
        for (int i = 0; i < ordinaryCount; i++) {
            Quarter quarter = quarters.get(i / provinces.size() % quarters.size());
            ordinary.add(BenchmarkWorkbooks.write(workDirectory.resolve("ordinary/" + i + ".xlsx"),
                    provinces.get(i % provinces.size()), null, quarter, ocopGroupOf(quarter), ordinaryRows, seed + i));
        }
        List<Path> warmUp = new ArrayList<>();
        Quarter warmUpQuarter = Quarter.parse("2026-Q3");
        for (int i = 0; i < Math.min(WARM_UP_SUBMISSIONS, ordinaryCount); i++) {
            warmUp.add(BenchmarkWorkbooks.write(workDirectory.resolve("warm-up/" + i + ".xlsx"),
                    provinces.get(i % provinces.size()), null, warmUpQuarter, ocopGroupOf(warmUpQuarter), ordinaryRows, seed - i - 1));
        }

        progress.accept("reference: fastexcel → COPY, " + largeRows + " rows");
        Measurement referenceBefore = measure(largeRows, () -> fastexcelIntoCopy(large));
        progress.accept("warm-up, not timed: " + warmUp.size() + " ordinary submissions, then VACUUM (ANALYZE) and CHECKPOINT");
        for (Path file : warmUp) {
            requireLoaded(intake.load(file, "benchmark"));
        }
        // the warm-up's autovacuum and checkpoint must not land inside the timed load
        DatabaseSettling.settle(dataSource);
        progress.accept("Liên kết: load job, " + largeRows + " rows");
        Measurement lienket = measure(largeRows, () -> requireLoaded(intake.load(large, "benchmark")));
        progress.accept("reference again (the faster of the two runs counts)");
        Measurement referenceAfter = measure(largeRows, () -> fastexcelIntoCopy(large));
        Measurement reference = referenceBefore.nanos() <= referenceAfter.nanos() ? referenceBefore : referenceAfter;
        progress.accept("naive peer: XSSFWorkbook + INSERT per row, " + naiveRows + " rows");
        Measurement naive = measure(naiveRows, () -> usermodelRowByRow(small));
        progress.accept("ordinary: " + ordinaryCount + " submissions of " + ordinaryRows + " rows");
        Measurement submissions = measure(ordinaryCount, () -> {
            for (Path file : ordinary) {
                requireLoaded(intake.load(file, "benchmark"));
            }
        });
        return new Results(lienket, reference, naive, submissions, Runtime.getRuntime().maxMemory());
    }

    private String ocopGroupOf(Quarter quarter) {
        return new WarehouseOcopGroupCatalogue(JdbcClient.create(dataSource)).validOn(quarter.lastDay()).get(0).code();
    }

    private static void requireLoaded(SubmissionIntake.IntakeResult result) {
        if (result.submission().status() != SubmissionStatus.LOADED) {
            throw new IllegalStateException("benchmark workbook was not loaded: " + result.submission().status()
                    + " " + result.reportJson().orElse(""));
        }
    }

    private void fastexcelIntoCopy(Path file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyReference.load(connection, file);
        }
    }

    private void usermodelRowByRow(Path file) throws IOException, SQLException {
        DataFormatter formatter = new DataFormatter();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            statement.execute("CREATE TEMP TABLE bench_naive (" + CopyReference.columns() + ")");
            String placeholders = String.join(", ", Collections.nCopies(CopyReference.INVESTMENT_COLUMNS, "?"));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_naive VALUES (" + placeholders + ")")) {
                for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(1)) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    for (int c = 0; c < CopyReference.INVESTMENT_COLUMNS; c++) {
                        insert.setString(c + 1, formatter.formatCellValue(row.getCell(c)));
                    }
                    insert.executeUpdate();
                }
            }
            statement.execute("DROP TABLE bench_naive");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static Measurement measure(long units, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measurement(units, nanos, peak);
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Units done (rows or submissions), elapsed time and the peak heap while it ran. */
    record Measurement(long units, long nanos, long peakHeapBytes) {
        double perSecond() {
            return units / (nanos / 1e9);
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    record Results(Measurement lienket, Measurement reference, Measurement naive, Measurement submissions, long maxHeap) {
        double ratioToReference() {
            return lienket.perSecond() / reference.perSecond();
        }

        double ratioToNaive() {
            return lienket.perSecond() / naive.perSecond();
        }
    }
}
