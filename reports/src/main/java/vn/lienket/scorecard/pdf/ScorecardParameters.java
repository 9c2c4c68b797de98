package vn.lienket.scorecard.pdf;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.scorecard.BreakdownRow;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardLabels;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.TrendPoint;
import vn.lienket.scorecard.TrendSeries;

/**
 * Turns the plain model into what the templates read: report parameters and map-based data
 * sources whose keys are the JRXML field names. Records stay free of JasperReports types.
 */
final class ScorecardParameters {

    /** Leadership reads times in Vietnam's time, whatever zone the server runs in. */
    static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ScorecardParameters() {
    }

    static Map<String, Object> of(Scorecard scorecard) {
        ResourceBundle labels = ScorecardLabels.bundle(scorecard.language());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, scorecard.language().locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(REPORT_ZONE));
        parameters.put("TITLE", scorecard.title());
        parameters.put("SUBJECT_KIND", scorecard.subject().kind().name());
        parameters.put("SUBJECT_NAME", scorecard.subject().name());
        parameters.put("QUARTER_NUMBER", String.valueOf(scorecard.quarter().quarter()));
        parameters.put("QUARTER_YEAR", String.valueOf(scorecard.quarter().year()));
        parameters.put("VIEW", scorecard.view().name());
        parameters.put("MEMBER_PROVINCES", String.join(", ", scorecard.memberProvinces()));
        parameters.put("NOTES", String.join("\n", scorecard.notes()));
        parameters.put("FOOTNOTES", String.join("\n", scorecard.footnotes()));
        parameters.put("DATA_AS_OF", VietnameseDates.DAY_AND_TIME.format(scorecard.dataAsOf().atZone(REPORT_ZONE)));
        parameters.put("INCLUDED_SUBMISSIONS", includedSubmissions(scorecard.includedSubmissions()));
        parameters.put("TRENDS_REPORT", ScorecardTemplates.TRENDS);
        parameters.put("TRENDS", scorecard.trends().stream().map(ScorecardParameters::trend).toList());
        parameters.put("SUBMISSIONS_REPORT", ScorecardTemplates.SUBMISSIONS);
        parameters.put("SUBMISSIONS", scorecard.submissions().stream().map(ScorecardParameters::submission).toList());
        parameters.put("BREAKDOWN_REPORT", ScorecardTemplates.BREAKDOWN);
        parameters.put("BREAKDOWN", scorecard.breakdown().stream().map(ScorecardParameters::breakdown).toList());
        return parameters;
    }

    static JRMapCollectionDataSource kpis(Scorecard scorecard) {
        ResourceBundle labels = ScorecardLabels.bundle(scorecard.language());
        List<Map<String, ?>> rows = scorecard.kpis().stream().map(row -> kpi(row, labels)).collect(Collectors.toList());
        return new JRMapCollectionDataSource(rows);
    }

    /** Short label for chart axes, where eight full "2025-Q3" labels do not fit. */
    private static String shortQuarter(TrendPoint point) {
        return "Q" + point.quarter().quarter() + "/" + String.valueOf(point.quarter().year()).substring(2);
    }

    private static String includedSubmissions(List<IncludedSubmission> submissions) {
        return submissions.stream()
                .map(s -> s.id() + " (" + s.shortSha256() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Map<String, ?> kpi(KpiRow row, ResourceBundle labels) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("section", row.section());
        map.put("label", row.label());
        map.put("reported", row.partlyReported()
                ? new MessageFormat(labels.getString("kpi.reported"), labels.getLocale())
                        .format(new Object[] {row.reportedProvinces(), row.provincesInScope()})
                : null);
        map.put("unit", row.unit());
        map.put("value", row.value());
        map.put("changeQoqPercent", row.changeQoqPercent());
        map.put("changeYoyPercent", row.changeYoyPercent());
        map.put("target", row.target());
        map.put("progressPercent", row.progressPercent());
        map.put("light", row.light().name());
        return map;
    }

    private static Map<String, ?> trend(TrendSeries series) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", series.label());
        map.put("unit", series.unit());
        map.put("points", series.points().stream().map(point -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("quarter", shortQuarter(point));
            p.put("value", point.value());
            return p;
        }).toList());
        return map;
    }

    private static Map<String, ?> submission(SubmissionStatusRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("province", row.province());
        map.put("status", row.status().name());
        map.put("receivedOn", row.receivedOn() == null ? null : VietnameseDates.DAY.format(row.receivedOn()));
        return map;
    }

    private static Map<String, ?> breakdown(BreakdownRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("province", row.province());
        map.put("kpi", row.kpi());
        map.put("value", row.value());
        return map;
    }
}
