package vn.lienket.scorecard.data;

import java.util.Objects;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;

/** One scorecard to assemble: whose, for which quarter, on which province map, in which language. */
public record ScorecardRequest(ScorecardSubject subject, Quarter quarter, ScorecardView view, ReportLanguage language) {

    public ScorecardRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(language, "language");
    }
}
