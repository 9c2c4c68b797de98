package vn.lienket.intake.staging;

import java.util.Set;

/**
 * The PostgreSQL type of a fact column as staging writes it in COPY's binary format, where each value must be
 * sent exactly as its column's type receives it (an {@code integer} as four bytes, a {@code bigint} as eight).
 * {@code FactPartIT} holds every column's type to the migrated tables.
 */
public enum PgType {
    INT8("int8"),
    INT4("int4"),
    INT2("int2"),
    NUMERIC("numeric"),
    DATE("date"),
    /** {@code text} and {@code varchar}, whose binary form is the same: the UTF-8 bytes. */
    TEXT("text", "varchar"),
    INT4_ARRAY("_int4");

    private final Set<String> udtNames;

    PgType(String... udtNames) {
        this.udtNames = Set.of(udtNames);
    }

    /** Whether a column whose {@code information_schema.columns.udt_name} is {@code udtName} is written as this type. */
    public boolean writes(String udtName) {
        return udtNames.contains(udtName);
    }
}
