package vn.lienket.intake.staging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/**
 * Streams a submission's valid rows into the staging tables with {@code COPY ... FROM STDIN}: one
 * COPY per table (the checker delivers sheet after sheet), rows buffered into large writes.
 * Nothing is collected in memory, so a million-row sheet stages in constant heap.
 */
public final class StagingWriter implements RowSink, AutoCloseable {

    private static final int FLUSH_BYTES = 256 * 1024;

    private final CopyManager copyManager;
    private final long submissionId;
    private final CopyRowEncoder encoder = new CopyRowEncoder();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private StagingTable currentTable;
    private CopyIn copy;
    private long investmentRows;
    private long ocopRows;
    private long eventRows;

    public StagingWriter(Connection connection, long submissionId) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.submissionId = submissionId;
    }

    /** Removes whatever an earlier, interrupted attempt staged for this submission. */
    public static void clear(Connection connection, long submissionId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (StagingTable table : StagingTable.values()) {
                statement.addBatch("DELETE FROM " + table.tableName() + " WHERE submission_id = " + submissionId);
            }
            statement.executeBatch();
        }
    }

    @Override
    public void investmentProject(InvestmentProjectRow row) {
        switchTo(StagingTable.INVESTMENT);
        encoder.field(submissionId).field(row.sheet()).field(row.sourceRow())
                .field(row.projectCode()).field(row.projectName()).field(row.investor())
                .field(row.sector()).field(row.status())
                .field(row.registeredCapital()).field(row.disbursedCapital()).field(row.areaHectares())
                .field(row.licenceDate()).field(null).field(row.operationDate()).field(row.jobs());
        write();
        investmentRows++;
    }

    @Override
    public void ocopCount(OcopCountRow row) {
        switchTo(StagingTable.OCOP);
        encoder.field(submissionId).field(row.sheet()).field(row.sourceRow())
                .field(row.groupCode()).field(row.star()).field(row.recognised())
                .field(zeroIfBlank(row.newlyRecognised())).field(zeroIfBlank(row.reRecognised()))
                .field(zeroIfBlank(row.producers())).field(zeroIfBlank(row.pendingFiveStar()));
        write();
        ocopRows++;
    }

    @Override
    public void promotionEvent(PromotionEventRow row) {
        switchTo(StagingTable.EVENT);
        encoder.field(submissionId).field(row.sheet()).field(row.sourceRow())
                .field(row.name()).field(row.eventType()).field(row.level())
                .field(row.startDate()).field(row.endDate())
                .field(row.hostProvince() == null ? null : row.hostProvince().era())
                .field(row.hostProvince() == null ? null : row.hostProvince().code())
                .field(row.partnerProvinces().stream().map(Object::toString).collect(Collectors.toList()))
                .field(row.organiser())
                .field(row.businesses()).field(row.products()).field(row.booths()).field(row.mous())
                .field(row.dealValue()).field(row.visitors());
        write();
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

    private static long zeroIfBlank(Long count) {
        return count == null ? 0 : count;
    }

    private void switchTo(StagingTable table) {
        if (table == currentTable) {
            return;
        }
        endCopy();
        try {
            copy = copyManager.copyIn("COPY " + table.tableName() + " (" + table.columns() + ") FROM STDIN");
        } catch (SQLException e) {
            throw new StagingException("Cannot start COPY into " + table.tableName(), e);
        }
        currentTable = table;
    }

    private void write() {
        byte[] row = encoder.endRow().getBytes(StandardCharsets.UTF_8);
        buffer.write(row, 0, row.length);
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    private void flush() {
        if (buffer.size() == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        } catch (SQLException e) {
            throw new StagingException("COPY into " + currentTable.tableName() + " failed", e);
        }
        buffer.reset();
    }

    private void endCopy() {
        if (copy == null) {
            return;
        }
        try {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new StagingException("COPY into " + currentTable.tableName() + " failed", e);
        } finally {
            copy = null;
            currentTable = null;
        }
    }

    /** Rows staged per part of the workbook. */
    public record StagedCounts(long investmentProjects, long ocopCounts, long promotionEvents) {
        public long total() {
            return investmentProjects + ocopCounts + promotionEvents;
        }
    }

    /** The database refused staged rows (connection lost, disk full): the attempt must be retried. */
    public static class StagingException extends RuntimeException {
        StagingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
