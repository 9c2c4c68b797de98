package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.contract.SheetContract;

/** The typed values of one row by contract field; null where blank or unusable. */
final class ParsedRow {

    /**
     * Field names in contract order, interned: callers name fields with string literals, so a
     * look-up (some twenty per row) finds its field by reference before any text is compared.
     */
    private final String[] fields;
    private final Object[] values;
    private final String sheet;
    private int row;

    ParsedRow(SheetContract contract, String sheet) {
        this.fields = contract.columns().stream().map(c -> c.field().intern()).toArray(String[]::new);
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

    /** The value of the contract's {@code index}-th column. */
    Object at(int index) {
        return values[index];
    }

    Object get(String field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return values[i];
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(field)) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("no field " + field + " in the contract");
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
