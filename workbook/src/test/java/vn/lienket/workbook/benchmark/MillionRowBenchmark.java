package vn.lienket.workbook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

/**
 * Validates a generated workbook whose investment sheet has 1,000,000 rows, in a JVM limited to
 * 256 MB ({@code -Pbenchmark} sets {@code -Xmx256m}). Prints rows per second and the ratio to a
 * reference measured in the same run: fastexcel reading the same sheet and touching every cell,
 * without validation; wall time and the JVM's CPU time, as the check parses on a second thread. Then writes the annotated copy, which for a file this size is the streamed
 * copy. Run: {@code ./mvnw -B -q -pl workbook -am -Pbenchmark test}.
 */
class MillionRowBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int ERROR_EVERY = 10_000;
    /** Best of three: the second run still pays for compiling the check's code on two threads (CPU time shows it). */
    private static final int RUNS = 3;
    private static final Path FILE = Path.of("target/benchmark/million-rows.xlsx");
    private static final Path ANNOTATED = Path.of("target/benchmark/million-rows-annotated.xlsx");
    /** The file is about 60 MB, above the 50 MiB a submission may have by default: an operator raises the limit for such files. */
    private static final WorkbookLimits LIMITS = WorkbookLimits.DEFAULTS.withMaxFileBytes(100L * 1024 * 1024);

    @Test
    void validatesAMillionRowSheetInA256MbHeap() throws IOException {
        generateOnce();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("file %s: %,d bytes, max heap %d MB%n", FILE, Files.size(FILE), maxHeap >> 20);

        double referenceSeconds = Double.MAX_VALUE;
        double checkSeconds = Double.MAX_VALUE;
        double referenceCpuSeconds = Double.MAX_VALUE;
        double checkCpuSeconds = Double.MAX_VALUE;
        long peakHeap = 0;
        CheckResult result = null;
        AtomicLong delivered = new AtomicLong();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long cells = readEveryCell();
            referenceSeconds = Math.min(referenceSeconds, (System.nanoTime() - start) / 1e9);
            referenceCpuSeconds = Math.min(referenceCpuSeconds, (processCpuNanos() - cpuStart) / 1e9);
            assertThat(cells).isGreaterThan(ROWS * 10L);

            System.gc();
            resetPeaks();
            delivered.set(0);
            start = System.nanoTime();
            cpuStart = processCpuNanos();
            result = Checks.runWith(FILE, new RowSink() {
                @Override
                public void investmentProject(InvestmentProjectRow row) {
                    delivered.incrementAndGet();
                }
            }, LIMITS);
            checkSeconds = Math.min(checkSeconds, (System.nanoTime() - start) / 1e9);
            checkCpuSeconds = Math.min(checkCpuSeconds, (processCpuNanos() - cpuStart) / 1e9);
            peakHeap = Math.max(peakHeap, peakHeapUsed());
        }

        System.out.printf("reference (fastexcel, every cell, no validation): %.1f s, %,.0f rows/s%n",
                referenceSeconds, ROWS / referenceSeconds);
        System.out.printf("check (read + normalise + validate + typed rows): %.1f s, %,.0f rows/s%n",
                checkSeconds, ROWS / checkSeconds);
        System.out.printf("ratio check/reference time: %.2f; peak heap used during check: %d MB of %d MB%n",
                checkSeconds / referenceSeconds, peakHeap >> 20, maxHeap >> 20);
        System.out.printf("CPU time (all threads of the JVM, GC included): reference %.1f s, check %.1f s, ratio %.2f%n",
                referenceCpuSeconds, checkCpuSeconds, checkCpuSeconds / referenceCpuSeconds);
        assertThat(result.report().sheet("DuAn").orElseThrow().rowsRead()).isEqualTo(ROWS);

        resetPeaks();
        long start = System.nanoTime();
        AnnotatedCopy copy = new AnnotatedWorkbookWriter(LIMITS).write(FILE, result.report(), ANNOTATED);
        double annotateSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("annotated copy (%,d bytes): %.1f s, %,.0f rows/s, ratio to reference %.2f; peak heap %d MB%n",
                Files.size(ANNOTATED), annotateSeconds, ROWS / annotateSeconds,
                annotateSeconds / referenceSeconds, peakHeapUsed() >> 20);
        assertThat(copy.written()).contains(ANNOTATED);
        try (ReadableWorkbook annotated = new ReadableWorkbook(ANNOTATED.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = annotated.getFirstSheet().openStream()) {
            assertThat(annotated.getFirstSheet().getName()).isEqualTo("Lỗi");
            assertThat(rows.count()).as("title, header and one row per problem").isEqualTo(2 + ROWS / ERROR_EVERY);
        }
        assertThat(result.report().errors()).isEqualTo(ROWS / ERROR_EVERY);
        assertThat(delivered.get()).isEqualTo(ROWS - ROWS / ERROR_EVERY);
    }

    private static long readEveryCell() throws IOException {
        AtomicLong cells = new AtomicLong();
        try (ReadableWorkbook workbook = new ReadableWorkbook(FILE.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.findSheet("DuAn").orElseThrow().openStream()) {
            rows.forEach(row -> row.forEach(cell -> {
                if (cell != null && cell.getValue() != null) {
                    cells.incrementAndGet();
                }
            }));
        }
        return cells.get();
    }

    /** Writes the fixture's cover and small sheets, then a million project rows with SXSSF (100 rows in memory). */
    private static void generateOnce() throws IOException {
        if (Files.exists(FILE)) {
            return;
        }
        Files.createDirectories(FILE.getParent());
        WorkbookFixtures fixture = WorkbookFixtures.valid();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(FILE)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (String name : List.of("BiaBaoCao", "DuAn", "OCOP", "SuKien")) {
                Sheet sheet = workbook.createSheet(name);
                List<List<Object>> rows = name.equals("DuAn") ? fixture.rows(name).subList(0, 1) : fixture.rows(name);
                for (int r = 0; r < rows.size(); r++) {
                    write(sheet.createRow(r), rows.get(r), date);
                }
                if (name.equals("DuAn")) {
                    String[] sectors = {"Du lịch", "Chế biến nông sản", "Nông nghiệp", "Logistics", "Năng lượng"};
                    String[] statuses = {"Đang triển khai", "Hoàn thành một phần", "Đã hoàn thành, đi vào hoạt động"};
                    for (int i = 1; i <= ROWS; i++) {
                        double capital = i % ERROR_EVERY == 0 ? -1 : 10 + i % 997;
                        write(sheet.createRow(i), WorkbookFixtures.row(i, "DA-" + i, "Dự án số " + i,
                                "Công ty CP Đầu tư " + (i % 5000), sectors[i % sectors.length], capital, i % 7,
                                1.5 + i % 40, statuses[i % statuses.length], LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                                null, i % 300, null), date);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, List<Object> values, CellStyle date) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                row.createCell(c).setCellValue(d);
                row.getCell(c).setCellStyle(date);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    /**
     * CPU the whole JVM used: the check parses on a second thread, and in the load job PostgreSQL
     * wants that core too, so wall time alone would flatter it.
     */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap the check needed at any moment. */
    private static long peakHeapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
