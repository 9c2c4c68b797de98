package vn.lienket.robustness;

import java.util.Locale;

/** What the intake must answer for a file: the check's three verdicts, or "these bytes were already processed". */
enum ExpectedVerdict {
    VALID, INVALID, UNREADABLE, ALREADY_LOADED;

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
