package vn.lienket.workbook;

import java.time.Clock;
import java.time.LocalDate;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.reference.ProvinceDirectory;

/**
 * What a check needs from outside the file: reference lookups (implemented over the warehouse),
 * today's date (for "quarter not in the future"), and the limits of what one file may cost
 * (including how many problems the report's list keeps; counts are always complete).
 */
public record CheckContext(
        ProvinceDirectory provinces,
        OcopGroupCatalogue ocopGroups,
        PreviousQuarterFigures previousQuarter,
        LocalDate today,
        WorkbookLimits limits) {

    public static final int DEFAULT_MAX_STORED_PROBLEMS = WorkbookLimits.DEFAULTS.maxStoredProblems();

    public static CheckContext of(ProvinceDirectory provinces, OcopGroupCatalogue ocopGroups,
                                  PreviousQuarterFigures previousQuarter, Clock clock) {
        return new CheckContext(provinces, ocopGroups, previousQuarter, LocalDate.now(clock), WorkbookLimits.DEFAULTS);
    }

    /** The same lookups judged as on {@code day}: a load judges a file on the day it was received. */
    public CheckContext on(LocalDate day) {
        return new CheckContext(provinces, ocopGroups, previousQuarter, day, limits);
    }

    public CheckContext withLimits(WorkbookLimits other) {
        return new CheckContext(provinces, ocopGroups, previousQuarter, today, other);
    }
}
