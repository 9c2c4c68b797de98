package vn.lienket.scorecard;

/** What a scorecard is about: a cooperation programme (a group of provinces) or one province. */
public enum SubjectKind {
    PROGRAMME,
    PROVINCE
}
