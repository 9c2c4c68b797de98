package vn.lienket.intake.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienket.workbook.WorkbookLimits;

/**
 * The operator's bounds on what one workbook may cost ({@code lienket.workbook.*}); the defaults are
 * {@link WorkbookLimits#DEFAULTS}, which fit a 256 MB heap. A file beyond a size bound is refused as
 * unusable ({@code FILE_UNREADABLE_TOO_LARGE}).
 */
@ConfigurationProperties("lienket.workbook")
public record WorkbookLimitsProperties(
        @DefaultValue("52428800") long maxFileBytes,
        @DefaultValue("2500000") int maxSharedStrings,
        @DefaultValue("64000000") long maxSharedStringChars,
        @DefaultValue("32767") int maxCellChars,
        @DefaultValue("10000") int maxStoredProblems,
        @DefaultValue("1000") int maxProblemsPerCode) {

    public WorkbookLimits limits() {
        return new WorkbookLimits(maxFileBytes, maxSharedStrings, maxSharedStringChars, maxCellChars, maxStoredProblems,
                maxProblemsPerCode);
    }
}
