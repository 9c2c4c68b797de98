package vn.lienket.workbook.reference;

/** An OCOP product group by its warehouse code ({@code code_local}, e.g. OCOP148-1) and Vietnamese name. */
public record OcopGroup(String code, String name) {
}
