package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One workbook row behind a KPI figure: which submission (id, file name, SHA-256 of the archived file), the province
 * that sent it, the sheet and row, the item the row is about (project code, OCOP group and star, event name), the
 * value it brings to the KPI ({@code null}: the cell was left blank) and how that value entered the figure. Auditors
 * find the cell from it: open the archived file with that SHA-256, go to the sheet and row.
 */
public record TraceRow(
        String kpiCode,
        long submissionId,
        String province,
        String originalFilename,
        String fileSha256,
        String sheet,
        int row,
        String item,
        BigDecimal value,
        Contribution contribution) {

    public TraceRow {
        Objects.requireNonNull(kpiCode, "kpiCode");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(originalFilename, "originalFilename");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(contribution, "contribution");
    }

    /**
     * How a row's value entered the figure. Only {@link #ADDED} values are in the total; the others are listed so a
     * reader sees why a row that is in the archive is not in the figure.
     */
    public enum Contribution {
        /** Added to the figure. */
        ADDED,
        /** The cell was left blank: the province did not report the KPI, so none of its rows count ("—", n/m). */
        BLANK,
        /** Has a value, but another row of the same submission left the KPI blank: the province's total is unknown. */
        NOT_COUNTED,
        /** Of a submission the province replaced by a later one for the same quarter. */
        SUPERSEDED
    }
}
