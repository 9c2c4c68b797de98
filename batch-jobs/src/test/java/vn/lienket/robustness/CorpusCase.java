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
 * @param knownDefect  null, or why the intake does not yet answer as expected: the test then checks only that
 *                     nothing is partially loaded, and fails once the answer is right so the marker is removed
 */
record CorpusCase(String id, String input, ExpectedVerdict expected, String expectedCode, Path file, String group,
                  List<StoredValue> stored, String knownDefect) {

    CorpusCase knownDefect(String why) {
        return new CorpusCase(id, input, expected, expectedCode, file, group, stored, why);
    }

    /** A query over the facts of this case's submission ({@code :id}) and the single value it must return. */
    record StoredValue(String sql, String expected) {
    }
}
