package vn.lienket.distribution;

import java.util.List;

import vn.lienket.domain.Quarter;

/**
 * Renders a quarter's scorecards to files, one per audience. Implemented by the scorecard job
 * (module {@code reports}) once it reads the warehouse; until a bean exists, the scheduled
 * distribution reports that there is nothing to send.
 */
public interface QuarterlyScorecards {

    List<RenderedScorecardFile> render(Quarter quarter);
}
