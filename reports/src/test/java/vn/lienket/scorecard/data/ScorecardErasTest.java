package vn.lienket.scorecard.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienket.domain.Era;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ScorecardView;

class ScorecardErasTest {

    private static final List<Era> ERAS = List.of(
            new Era("P63", LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30)),
            new Era("P34", LocalDate.of(2025, 7, 1), null));

    @Test
    void aQuarterBeforeTheMergerIsShownAsSubmittedAndOneAfterItOnTodaysProvinces() {
        assertThat(ScorecardEras.defaultView(Quarter.parse("2025-Q2"), ERAS)).isEqualTo(ScorecardView.AS_SUBMITTED);
        assertThat(ScorecardEras.defaultView(Quarter.parse("2025-Q3"), ERAS)).isEqualTo(ScorecardView.CURRENT);
    }

    @Test
    void aWindowAcrossTheMergerStartsBothErasAndSpansTheEarlierOne() {
        List<Quarter> window = ScorecardAssembler.window(Quarter.parse("2026-Q2"));

        assertThat(ScorecardEras.starts(window, ERAS)).containsExactly(LocalDate.of(2008, 8, 1), LocalDate.of(2025, 7, 1));
        assertThat(ScorecardEras.spanEarlierEra(window, ERAS)).isTrue();
        assertThat(ScorecardEras.of(window, ERAS).get(Quarter.parse("2025-Q2")).code()).isEqualTo("P63");
    }

    @Test
    void aWindowWhollyAfterTheMergerHasOneEra() {
        List<Quarter> window = ScorecardAssembler.window(Quarter.parse("2027-Q2"));

        assertThat(ScorecardEras.starts(window, ERAS)).containsExactly(LocalDate.of(2025, 7, 1));
        assertThat(ScorecardEras.spanEarlierEra(window, ERAS)).isFalse();
    }
}
