package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.contract.SheetContract;

/** The typed values of one row by contract field; null where blank or unusable. */
final class ParsedRow {

    private final Map<String, Integer> index;
    private final Object[] values;
    private final String sheet;
    private int row;

    ParsedRow(SheetContract contract, String sheet) {
        this.index = new HashMap<>();
        for (int i = 0; i < contract.columns().size(); i++) {
            index.put(contract.columns().get(i).field(), i);
        }
        this.values = new Object[contract.columns().size()];
        this.sheet = sheet;
    }

    void start(int rowNumber) {
        this.row = rowNumber;
        Arrays.fill(values, null);
    }

    void set(int fieldIndex, Object value) {
        values[fieldIndex] = value;
    }

    String sheet() {
        return sheet;
    }

    int row() {
        return row;
    }

    Object get(String field) {
        Integer i = index.get(field);
        if (i == null) {
            throw new IllegalArgumentException("no field " + field + " in the contract");
        }
        return values[i];
    }

    String text(String field) {
        return (String) get(field);
    }

    BigDecimal decimal(String field) {
        return (BigDecimal) get(field);
    }

    Long integer(String field) {
        BigDecimal value = decimal(field);
        return value == null ? null : value.longValueExact();
    }

    LocalDate date(String field) {
        return (LocalDate) get(field);
    }

    ProvinceId province(String field) {
        return (ProvinceId) get(field);
    }

    @SuppressWarnings("unchecked")
    List<ProvinceId> provinces(String field) {
        Object value = get(field);
        return value == null ? List.of() : (List<ProvinceId>) value;
    }
}
