package vn.lienket.scorecard.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.domain.Era;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ScorecardView;

/** What a scorecard needs to know of eras, each answered by {@link Era#of(Quarter, List)} and nothing else. */
final class ScorecardEras {

    private ScorecardEras() {
    }

    /** The era of each quarter of the window, in window order; a quarter before the first era has none. */
    static Map<Quarter, Era> of(List<Quarter> window, List<Era> eras) {
        Map<Quarter, Era> byQuarter = new LinkedHashMap<>();
        for (Quarter quarter : window) {
            if (eras.stream().anyMatch(era -> era.covers(quarter.lastDay()))) {
                byQuarter.put(quarter, Era.of(quarter, eras));
            }
        }
        return byQuarter;
    }

    /**
     * "As submitted" for a quarter of an earlier era (the provinces as they were), today's provinces for a quarter of
     * the current era.
     */
    static ScorecardView defaultView(Quarter quarter, List<Era> eras) {
        Era era = of(List.of(quarter), eras).get(quarter);
        return era == null || era.validTo() == null ? ScorecardView.CURRENT : ScorecardView.AS_SUBMITTED;
    }

    /** The first day of each era the window touches, oldest first: where the trend charts draw the merger. */
    static List<LocalDate> starts(List<Quarter> window, List<Era> eras) {
        return of(window, eras).values().stream().map(Era::validFrom).distinct().sorted().toList();
    }

    /** Whether a quarter of the window belongs to an era that has ended. */
    static boolean spanEarlierEra(List<Quarter> window, List<Era> eras) {
        return of(window, eras).values().stream().anyMatch(era -> era.validTo() != null);
    }
}
