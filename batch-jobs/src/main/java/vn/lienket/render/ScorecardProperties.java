package vn.lienket.render;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

/**
 * Where scorecards are written, the traffic-light thresholds (percent of the pro-rata target), and which view and
 * language the scheduled distribution mails.
 */
@ConfigurationProperties("lienket.scorecard")
public record ScorecardProperties(
        @DefaultValue("./data/scorecards") Path outputDir,
        @DefaultValue TrafficLight trafficLight,
        @DefaultValue Distribution distribution) {

    public TrafficLightPolicy policy() {
        return new TrafficLightPolicy(trafficLight.greenFrom(), trafficLight.amberFrom());
    }

    public record TrafficLight(@DefaultValue("100") BigDecimal greenFrom, @DefaultValue("80") BigDecimal amberFrom) {
    }

    public record Distribution(@DefaultValue("CURRENT") ScorecardView view, @DefaultValue("VI") ReportLanguage language) {
    }
}
