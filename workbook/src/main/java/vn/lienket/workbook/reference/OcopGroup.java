package vn.lienket.workbook.reference;

/**
 * An OCOP product group by its warehouse code ({@code code_local}, e.g. OCOP148-1.1), Vietnamese
 * name, and the code of the group it belongs to (null for a top-level group): Decision 148/2023
 * divides groups into sub-groups, and counts of a group include those of its sub-groups.
 */
public record OcopGroup(String code, String name, String parentCode) {

    /** A top-level group. */
    public OcopGroup(String code, String name) {
        this(code, name, null);
    }
}
