package vn.lienket.intake.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.intake.registry.SubmissionRegistry.SubmissionKeys;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/**
 * Stages a submission: streams its valid rows with {@code COPY ... FROM STDIN} (binary, {@link BinaryCopyEncoder}) straight into the fact
 * tables, where they stay invisible while the submission is {@code received}; the commit publishes
 * them by flipping its status. One COPY per table (the checker delivers sheet after sheet), rows
 * encoded into large writes, nothing collected in memory: a million-row sheet stages in constant heap
 * while PostgreSQL stores the rows on the other core. The cover arrives first; its province and quarter
 * are recorded on the submission (through {@code identify}) and every row carries their keys.
 */
public final class StagedFactWriter implements RowSink, AutoCloseable {

    private static final int FLUSH_BYTES = 256 * 1024;
    /** The types of the lineage fields encoded once a sheet: all of {@link FactPart#LINEAGE_COLUMNS} but the row number. */
    private static final PgType[] LINEAGE_BUT_ROW = FactPart.LINEAGE_COLUMNS.subList(0, FactPart.LINEAGE_COLUMNS.size() - 1)
            .stream().map(FactPart.LineageColumn::type).toArray(PgType[]::new);
    /** The type of the row number, the last lineage field. */
    private static final PgType ROW_TYPE = FactPart.LINEAGE_COLUMNS.get(FactPart.LINEAGE_COLUMNS.size() - 1).type();

    private final CopyManager copyManager;
    private final long submissionId;
    private final Function<CoverInfo, SubmissionKeys> identify;
    private final WarehouseProvinceDirectory provinces;
    private final BinaryCopyEncoder encoder = new BinaryCopyEncoder();
    private SubmissionKeys keys;
    /** The lineage fields every row of {@link #lineageSheet} starts with (all but its row number), encoded once. */
    private BinaryCopyEncoder.EncodedFields lineage;
    private String lineageSheet;
    private FactPart<?> currentTable;
    private CopyIn copy;
    private long investmentRows;
    private long ocopRows;
    private long eventRows;

    /**
     * @param provinces gives the dimension keys of the events' host and partner provinces
     * @param identify records the cover on the submission and returns its province and quarter keys
     */
    public StagedFactWriter(Connection connection, long submissionId, WarehouseProvinceDirectory provinces,
                            Function<CoverInfo, SubmissionKeys> identify) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.submissionId = submissionId;
        this.provinces = provinces;
        this.identify = identify;
    }

    /**
     * Removes what an earlier, interrupted attempt staged for this submission. Only rows of a submission
     * still {@code received} are touched: published facts are never deleted.
     */
    public static void discard(Connection connection, long submissionId) throws SQLException {
        for (FactPart<?> part : FactPart.ALL) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + part.table()
                    + " f USING submission s WHERE s.submission_id = f.submission_id AND f.submission_id = ? AND s.status = ?")) {
                delete.setLong(1, submissionId);
                delete.setString(2, SubmissionStatus.RECEIVED.code());
                delete.executeUpdate();
            }
        }
    }

    @Override
    public void cover(CoverInfo cover) {
        keys = identify.apply(cover);
        lineageSheet = null;
    }

    @Override
    public void investmentProject(InvestmentProjectRow row) {
        stage(FactPart.INVESTMENT, row, row.sheet(), row.sourceRow());
        investmentRows++;
    }

    @Override
    public void ocopCount(OcopCountRow row) {
        stage(FactPart.OCOP, row, row.sheet(), row.sourceRow());
        ocopRows++;
    }

    @Override
    public void promotionEvent(PromotionEventRow row) {
        stage(FactPart.EVENT, row, row.sheet(), row.sourceRow());
        eventRows++;
    }

    public StagedCounts counts() {
        return new StagedCounts(investmentRows, ocopRows, eventRows);
    }

    /** Ends the open COPY; the rows are then part of the caller's transaction. */
    @Override
    public void close() {
        endCopy();
    }

    /** Encodes one row in the part's column order, lineage first. */
    private <R> void stage(FactPart<R> part, R row, String sheet, int sourceRow) {
        switchTo(part);
        List<FactPart.Column<R>> columns = part.columns();
        encoder.startRow(FactPart.LINEAGE.size() + columns.size());
        lineage(sheet, sourceRow);
        for (FactPart.Column<R> column : columns) {
            Object value = warehouseValue(column.value().apply(row));
            try {
                encoder.field(column.type(), value);
            } catch (SQLDataException e) {
                abandonCopy();
                // worded as PostgreSQL words a value it refuses, with the row and column, for the file's report
                throw new StagingException("COPY into " + part.table() + " failed", new SQLDataException(e.getMessage()
                        + ": COPY " + part.table() + ", " + sheet + " row " + sourceRow + ", column " + column.name(), e.getSQLState(), e));
            }
        }
        endRow();
    }

    /** Province ids become dimension keys (a list of them an array of distinct keys); other values go as they are. */
    private Object warehouseValue(Object value) {
        if (value instanceof ProvinceId province) {
            return provinceKey(province);
        }
        if (value instanceof List<?> provinces) {
            Set<Integer> keys = new LinkedHashSet<>();
            provinces.forEach(province -> keys.add(provinceKey((ProvinceId) province)));
            return keys;
        }
        return value;
    }

    private void lineage(String sheet, int sourceRow) {
        if (keys == null) {
            throw new IllegalStateException("Submission " + submissionId + ": rows arrived before the cover");
        }
        try {
            if (!sheet.equals(lineageSheet)) {
                lineage = BinaryCopyEncoder.encoded(LINEAGE_BUT_ROW, submissionId, keys.provinceKey(), keys.quarterKey(), sheet);
                lineageSheet = sheet;
            }
            encoder.fields(lineage).field(ROW_TYPE, sourceRow);
        } catch (SQLDataException e) {
            String table = currentTable.table();
            abandonCopy();
            throw new StagingException("COPY into " + table + " failed", e);
        }
    }

    /**
     * A value this side refused, in the middle of a row: the COPY is cancelled (nothing of it stays) and the caller's
     * rollback to before the staging takes the tables the earlier COPYs filled.
     */
    private void abandonCopy() {
        encoder.discard();
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            // the transaction is rolled back to before the staging anyway
        } finally {
            copy = null;
            currentTable = null;
        }
    }

    private int provinceKey(ProvinceId province) {
        return provinces.key(province).orElseThrow(() -> new IllegalStateException("Submission " + submissionId
                + " names province " + province + ", which the province dimension does not have"));
    }

    private void switchTo(FactPart<?> table) {
        if (table == currentTable) {
            return;
        }
        endCopy();
        try {
            copy = copyManager.copyIn(table.copyStatement());
        } catch (SQLException e) {
            throw new StagingException("Cannot start COPY into " + table.table(), e);
        }
        currentTable = table;
        encoder.header();
    }

    private void endRow() {
        if (encoder.pendingBytes() >= FLUSH_BYTES) {
            flush();
        }
    }

    private void flush() {
        try {
            encoder.writeTo(copy);
        } catch (SQLException e) {
            throw new StagingException("COPY into " + currentTable.table() + " failed", e);
        }
    }

    private void endCopy() {
        if (copy == null) {
            return;
        }
        try {
            encoder.trailer();
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new StagingException("COPY into " + currentTable.table() + " failed", e);
        } finally {
            copy = null;
            currentTable = null;
        }
    }

    /** Rows staged per part of the workbook. */
    public record StagedCounts(long investmentProjects, long ocopCounts, long promotionEvents) {
        public static final StagedCounts NONE = new StagedCounts(0, 0, 0);

        public long total() {
            return investmentProjects + ocopCounts + promotionEvents;
        }
    }

    /** The database refused staged rows (connection lost, disk full, a value it cannot hold). */
    public static class StagingException extends RuntimeException {
        StagingException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
