package vn.lienket.audit.reconcile;

/** Where a fact row came from: the submission (its id in the warehouse it was read from), its file, the sheet and row. */
public record Lineage(long submissionId, String originalFilename, String fileSha256, String sheet, int row) {
}
