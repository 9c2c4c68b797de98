package vn.lienket.domain;

import java.util.Locale;

/** Where a submitted file stands: {@code received} until its verdict, then one of the others. */
public enum SubmissionStatus {
    RECEIVED, REJECTED, LOADED, SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
