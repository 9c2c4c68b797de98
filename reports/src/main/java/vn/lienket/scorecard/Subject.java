package vn.lienket.scorecard;

import java.util.Objects;

/**
 * The programme or province a scorecard reports on, with the name as printed, e.g.
 * {@code "Lâm Đồng (P34:68)"} or {@code "TP.HCM – Tây Nguyên"}.
 */
public record Subject(SubjectKind kind, String name) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Subject programme(String name) {
        return new Subject(SubjectKind.PROGRAMME, name);
    }

    public static Subject province(String name) {
        return new Subject(SubjectKind.PROVINCE, name);
    }
}
