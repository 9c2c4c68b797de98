package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staging writes COPY's binary format since the eighth session; the warehouses loaded before it were written as text,
 * and an auditor's replay must give the same warehouse. So every value of every type staging writes is copied both
 * ways into the same columns, and PostgreSQL must store the same thing: the rounding of a decimal to its column's
 * scale, the days of a date, the UTF-8 of text with tabs and line breaks, an empty array.
 */
@SpringBootTest(classes = IntakeTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class BinaryCopyEncoderIT {

    private static final String COLUMNS = "id, i8, i4, i2, capital, area, deal, day, words, code, partners";
    private static final PgType[] TYPES = {PgType.INT4, PgType.INT8, PgType.INT4, PgType.INT2, PgType.NUMERIC,
            PgType.NUMERIC, PgType.NUMERIC, PgType.DATE, PgType.TEXT, PgType.TEXT, PgType.INT4_ARRAY};

    @Autowired
    DataSource dataSource;

    @Test
    void everyValueIsStoredAsTheSameValueWrittenAsText() throws Exception {
        List<Object[]> rows = List.of(
                row(1, 7L, 42L, 3, new BigDecimal("1974.5"), new BigDecimal("395.6"), new BigDecimal("12.5"),
                        LocalDate.of(2025, 9, 30), "Khu du lịch sinh thái Đạ Sar", "LD-001", List.of(12, 34, 56)),
                row(2, Long.MAX_VALUE, (long) Integer.MIN_VALUE, 32767, new BigDecimal("0.0005"), new BigDecimal("1234.56789"),
                        new BigDecimal("123456789012345678901234567890.123456789"), LocalDate.of(1900, 1, 1),
                        "tab\there, line\nbreak, back\\slash, \"quoted\"", "", Set.of()),
                row(3, Long.MIN_VALUE, 0L, -32768, new BigDecimal("-3.25"), new BigDecimal("1E+3"), BigDecimal.ZERO,
                        LocalDate.of(2000, 1, 1), "emoji 😀 and an unpaired \uD800 surrogate", "Đà-Lạt/03", List.of(1)),
                row(4, 0L, -1L, 0, new BigDecimal("123456789012345.678"), new BigDecimal("0.00049"),
                        new BigDecimal("-0.00000001"), LocalDate.of(1999, 12, 31), "x", "y", List.of(-5, 2_000_000_000)),
                row(5, 1L, 1L, 1, new BigDecimal("9999.9995"), new BigDecimal("0.005"), new BigDecimal("10000"),
                        LocalDate.of(9999, 12, 31), "z", "w", List.of(7)),
                row(6, null, null, null, null, null, null, null, null, null, null));

        try (Connection connection = dataSource.getConnection()) {
            createTable(connection, "copied_as_text");
            createTable(connection, "copied_as_binary");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();

            CopyRowEncoder text = new CopyRowEncoder();
            for (Object[] row : rows) {
                Arrays.stream(row).forEach(text::field);
                text.endRow();
            }
            CopyIn asText = copy.copyIn("COPY copied_as_text (" + COLUMNS + ") FROM STDIN");
            text.writeTo(asText);
            asText.endCopy();

            BinaryCopyEncoder binary = new BinaryCopyEncoder();
            binary.header();
            for (Object[] row : rows) {
                binary.startRow(row.length);
                for (int i = 0; i < row.length; i++) {
                    binary.field(TYPES[i], row[i]);
                }
            }
            binary.trailer();
            CopyIn asBinary = copy.copyIn("COPY copied_as_binary (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
            binary.writeTo(asBinary);
            asBinary.endCopy();

            List<String> stored = stored(connection, "copied_as_binary");
            assertThat(stored).containsExactlyElementsOf(stored(connection, "copied_as_text"));
            assertThat(stored.get(0)).isEqualTo("1|7|42|3|1974.500|395.60|12.5|2025-09-30|Khu du lịch sinh thái Đạ Sar|LD-001|{12,34,56}");
            assertThat(stored.get(1)).as("rounded to the columns' scales as text is").startsWith("2|9223372036854775807|-2147483648|32767|0.001|1234.57|");
            assertThat(stored.get(5)).isEqualTo("6||||||||||");
        }
    }

    @Test
    void aNumberItsColumnCannotHoldIsRefusedAsTheWarehouseRefusesItInText() throws Exception {
        BinaryCopyEncoder encoder = new BinaryCopyEncoder();

        assertThatThrownBy(() -> encoder.field(PgType.INT4, 3_000_000_000L)).isInstanceOf(SQLDataException.class)
                .hasMessage("value \"3000000000\" is out of range for type integer")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
        assertThatThrownBy(() -> encoder.field(PgType.INT2, 40_000)).isInstanceOf(SQLDataException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");

        try (Connection connection = dataSource.getConnection()) {
            createTable(connection, "too_long");
            BinaryCopyEncoder binary = new BinaryCopyEncoder();
            binary.header();
            binary.startRow(2).field(PgType.INT4, 1).field(PgType.TEXT, "C".repeat(65));
            binary.trailer();
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY too_long (id, code) FROM STDIN (FORMAT binary)");
            binary.writeTo(copy);
            assertThatThrownBy(copy::endCopy).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as("a data exception: the file is rejected").startsWith("22"));
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static void createTable(Connection connection, String name) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TEMPORARY TABLE " + name + " (id integer, i8 bigint, i4 integer, i2 smallint, "
                    + "capital numeric(18,3), area numeric(14,2), deal numeric, day date, words text, code varchar(64), partners integer[])");
        }
    }

    private static List<String> stored(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
             var result = select.executeQuery("SELECT concat_ws('|', id, coalesce(i8::text, ''), coalesce(i4::text, ''), "
                     + "coalesce(i2::text, ''), coalesce(capital::text, ''), coalesce(area::text, ''), coalesce(deal::text, ''), "
                     + "coalesce(day::text, ''), coalesce(words, ''), coalesce(code, ''), coalesce(partners::text, '')) FROM "
                     + table + " ORDER BY id")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
