package vn.lienket.robustness;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of the hostile corpus and what must become of it.
 *
 * @param expectedCode the unreadable reason (UNREADABLE), a problem code the report must contain
 *                     (INVALID, or a warning of a VALID file), or null
 * @param group        files of the same group arrive at the same moment (loaded concurrently)
 * @param stored       values that must be in the warehouse afterwards (for loaded files)
 */
record CorpusCase(String id, String input, ExpectedVerdict expected, String expectedCode, Path file, String group,
                  List<StoredValue> stored) {

    /** A query over the facts of this case's submission ({@code :id}) and the single value it must return. */
    record StoredValue(String sql, String expected) {
    }
}
