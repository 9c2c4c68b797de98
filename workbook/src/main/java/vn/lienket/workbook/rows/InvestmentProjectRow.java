package vn.lienket.workbook.rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One investment project by an HCMC investor as of quarter end, as the values of its row keyed by the
 * contract's field ids ({@code project_code}, {@code registered_capital}, …). The contract's column list is
 * the one description of the sheet: the check fills a row from it, the template and the submission writer
 * write a row through it, staging reads each column's field by name. A column added to the contract
 * therefore reaches every one of them without a new constructor argument; the named accessors below exist
 * only for the fields code reasons about. A blank cell has no value (null). Capital in billion VND, an enum
 * as its code, an integer as {@link Long}.
 *
 * @param sheet the sheet the row was read from, null for a row built in code
 * @param sourceRow its 1-based row number in that sheet, 0 for a row built in code
 * @param values the non-blank values by contract field
 */
public record InvestmentProjectRow(String sheet, int sourceRow, Map<String, Object> values) {

    public InvestmentProjectRow {
        if (!(values instanceof BuiltValues)) {
            Map<String, Object> present = new BuiltValues();
            values.forEach((field, value) -> {
                if (value != null) {
                    present.put(field, value);
                }
            });
            values = present;
        }
        values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder(null, 0);
    }

    /** A builder for a row read at a place in a workbook. */
    public static Builder builder(String sheet, int sourceRow) {
        return new Builder(sheet, sourceRow);
    }

    /** The value of a contract field, null when blank (or not a field of this row). */
    public Object value(String field) {
        return values.get(field);
    }

    /** This row with one field changed (null blanks it), same place. */
    public InvestmentProjectRow with(String field, Object value) {
        Map<String, Object> changed = new HashMap<>(values);
        changed.put(field, value);
        return new InvestmentProjectRow(sheet, sourceRow, changed);
    }

    public String projectCode() {
        return (String) value("project_code");
    }

    public String projectName() {
        return (String) value("project_name");
    }

    public String investor() {
        return (String) value("investor");
    }

    /** The sector's code in the contract's {@code sector} list. */
    public String sector() {
        return (String) value("sector");
    }

    public BigDecimal registeredCapital() {
        return (BigDecimal) value("registered_capital");
    }

    public BigDecimal disbursedCapital() {
        return (BigDecimal) value("disbursed_capital");
    }

    public BigDecimal areaHectares() {
        return (BigDecimal) value("area_ha");
    }

    /** The status's code in the contract's {@code investment_status} list. */
    public String status() {
        return (String) value("status");
    }

    public LocalDate licenceDate() {
        return (LocalDate) value("licence_date");
    }

    public LocalDate operationDate() {
        return (LocalDate) value("operation_date");
    }

    public Long jobs() {
        return (Long) value("jobs");
    }

    public String note() {
        return (String) value("note");
    }

    /** Sets fields by their contract id; a field never set is blank. */
    public static final class Builder {

        private final String sheet;
        private final int sourceRow;
        private BuiltValues values = new BuiltValues();
        /** The values were handed to a row: the next change starts from a copy. */
        private boolean built;

        private Builder(String sheet, int sourceRow) {
            this.sheet = sheet;
            this.sourceRow = sourceRow;
        }

        public Builder set(String field, Object value) {
            if (built) {
                values = new BuiltValues(values);
                built = false;
            }
            if (value == null) {
                values.remove(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        public InvestmentProjectRow build() {
            built = true;
            return new InvestmentProjectRow(sheet, sourceRow, values);
        }
    }

    /**
     * The values of a row as its builder collected them, without blanks: taken by the row as they are, where
     * any other map is copied without its nulls (a million rows a sheet would otherwise fill two maps each).
     */
    private static final class BuiltValues extends HashMap<String, Object> {

        BuiltValues() {
            super(32);
        }

        BuiltValues(Map<String, Object> values) {
            super(values);
        }
    }
}
