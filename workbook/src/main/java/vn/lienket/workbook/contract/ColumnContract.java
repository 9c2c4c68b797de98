package vn.lienket.workbook.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One column of a table sheet, or one labelled field of the cover. {@code ignored} columns (the
 * row number "STT") are read but never make a row non-blank and never reach a fact row.
 * {@code codes} overrides the generic problem code of a check, e.g. {@code below_min} becomes
 * {@code INV_CAPITAL_NEGATIVE} for capital columns.
 */
public record ColumnContract(
        String field,
        String headerVi,
        String nameEn,
        List<String> synonyms,
        ColumnType type,
        boolean required,
        boolean ignored,
        BigDecimal min,
        BigDecimal max,
        String enumeration,
        DateRule dateRule,
        boolean summable,
        Map<String, String> codes,
        int width,
        int maxLength) {

    public ColumnContract {
        synonyms = List.copyOf(synonyms);
        codes = Map.copyOf(codes);
    }

    public String code(String check, String generic) {
        return codes.getOrDefault(check, generic);
    }
}
