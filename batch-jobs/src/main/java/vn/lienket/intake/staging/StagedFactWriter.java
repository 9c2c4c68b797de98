package vn.lienket.intake.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.registry.SubmissionRegistry.SubmissionKeys;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/**
 * Stages a submission: streams its valid rows with {@code COPY ... FROM STDIN} straight into the fact
 * tables, where they stay invisible while the submission is {@code received}; the commit publishes
 * them by flipping its status. One COPY per table (the checker delivers sheet after sheet), rows
 * encoded into large writes, nothing collected in memory: a million-row sheet stages in constant heap
 * while PostgreSQL stores the rows on the other core. The cover arrives first; its province and quarter
 * are recorded on the submission (through {@code identify}) and every row carries their keys.
 */
public final class StagedFactWriter implements RowSink, AutoCloseable {

    private static final int FLUSH_BYTES = 256 * 1024;

    private final CopyManager copyManager;
    private final long submissionId;
    private final Function<CoverInfo, SubmissionKeys> identify;
    private final Map<ProvinceId, Integer> provinceKeys;
    private final CopyRowEncoder encoder = new CopyRowEncoder();
    private SubmissionKeys keys;
    private FactTable currentTable;
    private CopyIn copy;
    private long investmentRows;
    private long ocopRows;
    private long eventRows;

    /**
     * @param identify records the cover on the submission and returns its province and quarter keys
     */
    public StagedFactWriter(Connection connection, long submissionId, Function<CoverInfo, SubmissionKeys> identify)
            throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.submissionId = submissionId;
        this.identify = identify;
        this.provinceKeys = provinceKeys(connection);
    }

    /**
     * Removes what an earlier, interrupted attempt staged for this submission. Only rows of a submission
     * still {@code received} are touched: published facts are never deleted.
     */
    public static void discard(Connection connection, long submissionId) throws SQLException {
        for (FactTable table : FactTable.values()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.tableName()
                    + " f USING submission s WHERE s.submission_id = f.submission_id AND f.submission_id = ? AND s.status = 'received'")) {
                delete.setLong(1, submissionId);
                delete.executeUpdate();
            }
        }
    }

    @Override
    public void cover(CoverInfo cover) {
        keys = identify.apply(cover);
    }

    @Override
    public void investmentProject(InvestmentProjectRow row) {
        switchTo(FactTable.INVESTMENT);
        lineage(row.sheet(), row.sourceRow())
                .field(row.projectCode()).field(row.projectName()).field(row.investor())
                .field(row.sector()).field(row.status())
                .field(row.registeredCapital()).field(row.disbursedCapital()).field(row.areaHectares())
                .field(row.licenceDate()).field(null).field(row.operationDate()).field(row.jobs());
        endRow();
        investmentRows++;
    }

    @Override
    public void ocopCount(OcopCountRow row) {
        switchTo(FactTable.OCOP);
        lineage(row.sheet(), row.sourceRow())
                .field(row.groupCode()).field(row.star()).field(row.recognised())
                .field(row.newlyRecognised()).field(row.reRecognised())
                .field(row.producers()).field(row.pendingFiveStar());
        endRow();
        ocopRows++;
    }

    @Override
    public void promotionEvent(PromotionEventRow row) {
        switchTo(FactTable.EVENT);
        Set<Integer> partners = new LinkedHashSet<>();
        row.partnerProvinces().forEach(partner -> partners.add(provinceKey(partner)));
        lineage(row.sheet(), row.sourceRow())
                .field(row.name()).field(row.eventType()).field(row.level())
                .field(row.startDate()).field(row.endDate())
                .field(row.hostProvince() == null ? null : provinceKey(row.hostProvince()))
                .field(partners)
                .field(row.organiser())
                .field(row.businesses()).field(row.products()).field(row.booths()).field(row.mous())
                .field(row.dealValue()).field(row.visitors());
        endRow();
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

    private CopyRowEncoder lineage(String sheet, int sourceRow) {
        if (keys == null) {
            throw new IllegalStateException("Submission " + submissionId + ": rows arrived before the cover");
        }
        return encoder.field(submissionId).field(keys.provinceKey()).field(keys.quarterKey()).field(sheet).field(sourceRow);
    }

    private int provinceKey(ProvinceId province) {
        Integer key = provinceKeys.get(province);
        if (key == null) {
            throw new IllegalStateException("Submission " + submissionId + " names province " + province
                    + ", which the province dimension does not have");
        }
        return key;
    }

    private static Map<ProvinceId, Integer> provinceKeys(Connection connection) throws SQLException {
        Map<ProvinceId, Integer> keys = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT era_code, code, province_key FROM dim_province");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.put(new ProvinceId(rows.getString(1), rows.getString(2)), rows.getInt(3));
            }
        }
        return keys;
    }

    private void switchTo(FactTable table) {
        if (table == currentTable) {
            return;
        }
        endCopy();
        try {
            copy = copyManager.copyIn(table.copyStatement());
        } catch (SQLException e) {
            throw new StagingException("Cannot start COPY into " + table.tableName(), e);
        }
        currentTable = table;
    }

    private void endRow() {
        encoder.endRow();
        if (encoder.pendingBytes() >= FLUSH_BYTES) {
            flush();
        }
    }

    private void flush() {
        try {
            encoder.writeTo(copy);
        } catch (SQLException e) {
            throw new StagingException("COPY into " + currentTable.tableName() + " failed", e);
        }
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
