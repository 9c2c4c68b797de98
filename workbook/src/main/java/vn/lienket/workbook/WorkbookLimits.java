package vn.lienket.workbook;

/**
 * What one workbook may cost before it is refused as unusable: a small file can unpack into a
 * great deal (a million cells pointing at one long shared string, each reported with its text), so
 * every quantity a file controls and the check keeps in memory has a bound. The defaults fit a
 * 256 MB heap with room for Excel's own limits (1,048,576 rows, 32,767 characters a cell); the
 * operator's settings are {@code lienket.workbook.*} (see docs/workbook-contract.md).
 *
 * @param maxFileBytes          the file itself (default 50 MiB: a million-row sheet written by Excel is about that)
 * @param maxSharedStrings      entries of the shared-string table, which stays in memory for the whole check
 * @param maxSharedStringChars  characters of all shared strings together
 * @param maxCellChars          characters of one cell's text (Excel's own limit is 32,767)
 * @param maxStoredProblems     problems kept in the report's list (counts are always complete)
 * @param maxProblemsPerCode    problems of one code kept in the list; the rest are counted
 */
public record WorkbookLimits(
        long maxFileBytes,
        int maxSharedStrings,
        long maxSharedStringChars,
        int maxCellChars,
        int maxStoredProblems,
        int maxProblemsPerCode) {

    public static final WorkbookLimits DEFAULTS =
            new WorkbookLimits(50L * 1024 * 1024, 2_500_000, 64_000_000L, 32_767, 10_000, 1_000);

    public WorkbookLimits {
        if (maxFileBytes <= 0 || maxSharedStrings < 0 || maxSharedStringChars < 0 || maxCellChars <= 0
                || maxStoredProblems < 0 || maxProblemsPerCode < 0) {
            throw new IllegalArgumentException("workbook limits must not be negative, and file and cell sizes must be positive");
        }
    }

    public WorkbookLimits withMaxFileBytes(long bytes) {
        return new WorkbookLimits(bytes, maxSharedStrings, maxSharedStringChars, maxCellChars, maxStoredProblems,
                maxProblemsPerCode);
    }
}
