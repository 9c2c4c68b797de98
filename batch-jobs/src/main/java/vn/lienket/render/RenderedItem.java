package vn.lienket.render;

import vn.lienket.scorecard.RenderedScorecard;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.data.ScorecardRequest;

/** A scorecard rendered in memory, on its way to the directory and the registry. */
record RenderedItem(ScorecardRequest request, Scorecard scorecard, RenderedScorecard rendered) {
}
