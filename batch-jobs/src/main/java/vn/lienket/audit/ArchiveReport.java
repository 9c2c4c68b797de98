package vn.lienket.audit;

import java.util.List;

/**
 * The outcome of checking the archive: how much was checked and every problem found, in the order of their paths.
 */
public record ArchiveReport(int files, int receipts, int submissions, List<ArchiveProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
