package vn.lienket.scorecard;

import java.util.List;
import java.util.Objects;

/** A KPI over the last quarters (usually eight, oldest first), drawn as one small chart. */
public record TrendSeries(String label, String unit, List<TrendPoint> points) {

    public TrendSeries {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points);
    }
}
