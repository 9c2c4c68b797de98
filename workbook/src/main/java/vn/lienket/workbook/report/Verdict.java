package vn.lienket.workbook.report;

/** The answer a department waits for; the exit code is what {@code lienket check} returns. */
public enum Verdict {
    VALID(0), INVALID(1), UNREADABLE(2);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
