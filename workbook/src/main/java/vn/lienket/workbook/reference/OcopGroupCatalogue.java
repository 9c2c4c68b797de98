package vn.lienket.workbook.reference;

import java.time.LocalDate;
import java.util.List;

/** OCOP product groups change with the regulations (2019, 2023, 2026); the warehouse knows which apply when. */
public interface OcopGroupCatalogue {

    /** Groups a count may be reported under on the given date (the quarter's last day). */
    List<OcopGroup> validOn(LocalDate date);

    /** Every group ever defined, so that an outdated code can be told apart from a made-up one. */
    List<OcopGroup> all();
}
