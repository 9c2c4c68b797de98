package vn.lienket.workbook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

/**
 * The .xlsx sheet is parsed on a background thread; what the load job relies on must not change:
 * rows reach the sink on the calling thread in sheet order, a damaged sheet is still "unreadable",
 * and no reader thread outlives the check, whether the sink fails or the caller is interrupted.
 */
@Timeout(60)
class ReadAheadSourceTest {

    /** More rows than two batches, so that batches follow one another and the last one is partial. */
    private static final int PROJECTS = 2 * ReadAheadSource.BATCH_ROWS + 500;

    @TempDir
    Path dir;

    @AfterEach
    void noReaderThreadOutlivesTheRead() {
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void projectRowsReachTheSinkOnTheCallingThreadInRowOrder() {
        Path file = manyProjects().writeXlsx(dir);
        List<Integer> rows = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        CheckResult result = Checks.runWith(file, new RowSink() {
            @Override
            public void investmentProject(InvestmentProjectRow row) {
                rows.add(row.sourceRow());
                threads.add(Thread.currentThread());
            }
        });

        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(rows).hasSize(3 + PROJECTS).isSorted().doesNotHaveDuplicates();
        assertThat(rows.get(0)).isEqualTo(2);
        assertThat(rows.get(rows.size() - 1)).isEqualTo(1 + 3 + PROJECTS);
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void aSheetDamagedHalfwayIsStillUnreadableWithReasonCorrupt() throws IOException {
        Path whole = manyProjects().writeXlsx(dir);
        Path damaged = truncateSheet(whole, "xl/worksheets/sheet2.xml", "<row r=\"" + PROJECTS / 2 + "\"",
                dir.resolve("hong.xlsx"));

        Checks checks = Checks.run(damaged);

        assertThat(checks.result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checks.result.report().unreadableReason()).contains(UnreadableReason.CORRUPT.name());
        assertThat(checks.only("FILE_UNREADABLE_CORRUPT").messageVi()).contains("bị hỏng");
    }

    @Test
    void aReadFailingMidSheetDeliversTheRowsBeforeItThenItsOwnException() {
        UnreadableWorkbookException damage = new UnreadableWorkbookException(UnreadableReason.CORRUPT, "sheet DuAn: broken", null);
        List<Integer> seen = new ArrayList<>();

        try (ReadAheadSource source = new ReadAheadSource(new GeneratedSource(1500, damage))) {
            assertThatThrownBy(() -> source.forEachRow("DuAn", row -> seen.add(row.number()))).isSameAs(damage);
        }

        assertThat(seen).hasSize(1500).isSorted();
    }

    @Test
    void aSinkThatFailsStopsTheReader() {
        IllegalStateException sinkFailure = new IllegalStateException("the database went away");
        GeneratedSource endless = new GeneratedSource(Integer.MAX_VALUE, null);

        try (ReadAheadSource source = new ReadAheadSource(endless)) {
            assertThatThrownBy(() -> source.forEachRow("DuAn", row -> {
                if (row.number() == 10) {
                    throw sinkFailure;
                }
            })).isSameAs(sinkFailure);
        }

        assertThat(endless.rowsProduced).as("the reader stops once the queue is full, instead of reading on")
                .isLessThanOrEqualTo((ReadAheadSource.QUEUED_BATCHES + 2) * ReadAheadSource.BATCH_ROWS);
    }

    @Test
    void anInterruptedCallerStopsTheReaderAndKeepsItsInterrupt() {
        GeneratedSource endless = new GeneratedSource(Integer.MAX_VALUE, null);

        try (ReadAheadSource source = new ReadAheadSource(endless)) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> source.forEachRow("DuAn", row -> { }))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.interrupted()).as("interrupt flag kept for the caller").isTrue();
        }
    }

    private static WorkbookFixtures manyProjects() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid();
        for (int i = 1; i <= PROJECTS; i++) {
            fixtures.addRow("DuAn", 3 + i, "LD-" + (100 + i), "Dự án " + i, "Công ty " + i, "Du lịch", 10 + i % 90, i % 10,
                    1.5, "Đang triển khai", java.time.LocalDate.of(2020, 1, 1 + i % 28), null, i % 50, null);
        }
        return fixtures;
    }

    /** Copies the workbook with one sheet's XML cut off where {@code marker} first occurs, as a bad disk or upload leaves it. */
    private static Path truncateSheet(Path original, String part, String marker, Path copy) throws IOException {
        try (ZipFile zip = new ZipFile(original.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(xml).contains(marker);
                    bytes = xml.substring(0, xml.indexOf(marker) + marker.length()).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(ReadAheadSource.THREAD_NAME) && t.isAlive())
                .toList();
    }

    /** A sheet of {@code rows} one-cell rows, then {@code failure} if given; counts what it produced. */
    private static final class GeneratedSource implements WorkbookSource {

        private final int rows;
        private final RuntimeException failure;
        private volatile int rowsProduced;

        GeneratedSource(int rows, RuntimeException failure) {
            this.rows = rows;
            this.failure = failure;
        }

        @Override
        public boolean hasMacros() {
            return false;
        }

        @Override
        public WorkbookFormat format() {
            return WorkbookFormat.XLSX;
        }

        @Override
        public List<String> sheetNames() {
            return List.of("DuAn");
        }

        @Override
        public boolean date1904() {
            return false;
        }

        @Override
        public void forEachRow(String sheetName, Consumer<SourceRow> consumer) {
            for (int r = 1; r <= rows; r++) {
                consumer.accept(new SourceRow(r, new CellValue[] {CellValue.text("DA-" + r)}));
                rowsProduced = r;
            }
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
        }
    }
}
