package vn.lienket.scorecard;

import java.util.Locale;
import java.util.Objects;

/**
 * A submission whose figures the scorecard contains, so an auditor can trace every number back
 * to an archived workbook. {@code sha256} is the workbook file's hex digest.
 */
public record IncludedSubmission(String id, String sha256) {

    private static final int SHORT_HASH_LENGTH = 12;

    public IncludedSubmission {
        Objects.requireNonNull(id, "id");
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    /** The first twelve hex digits: enough to find the file, short enough to print. */
    public String shortSha256() {
        return sha256.substring(0, SHORT_HASH_LENGTH);
    }
}
