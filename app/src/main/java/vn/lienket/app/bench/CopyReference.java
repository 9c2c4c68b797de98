package vn.lienket.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.lienket.intake.staging.CopyRowEncoder;

/**
 * The reference the load is measured against: the investment sheet read with fastexcel straight
 * into {@code COPY}, no validation, no archive, no registry. Used in-process by {@code bench load}
 * and as a process of its own by {@code bench cli}.
 */
final class CopyReference {

    static final int INVESTMENT_COLUMNS = 14;
    /** The same batching as the load's own writer: one COPY message per 256 KB of rows. */
    private static final int COPY_WRITE_BYTES = 256 * 1024;

    private CopyReference() {
    }

    static void load(Connection connection, Path file) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE bench_reference (" + columns() + ")");
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_reference FROM STDIN");
            CopyRowEncoder encoder = new CopyRowEncoder();
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                 Stream<Row> rows = workbook.getSheets().skip(1).findFirst().orElseThrow().openStream()) {
                rows.skip(1).forEach(row -> {
                    for (int c = 0; c < INVESTMENT_COLUMNS; c++) {
                        encoder.field(row.getCellRawValue(c).orElse(null));
                    }
                    encoder.endRow();
                    if (encoder.pendingBytes() >= COPY_WRITE_BYTES) {
                        writeTo(copy, encoder);
                    }
                });
            }
            writeTo(copy, encoder);
            copy.endCopy();
            statement.execute("DROP TABLE bench_reference");
        }
    }

    static String columns() {
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= INVESTMENT_COLUMNS; c++) {
            columns.add("c" + c + " TEXT");
        }
        return String.join(", ", columns);
    }

    private static void writeTo(CopyIn copy, CopyRowEncoder encoder) {
        try {
            encoder.writeTo(copy);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
