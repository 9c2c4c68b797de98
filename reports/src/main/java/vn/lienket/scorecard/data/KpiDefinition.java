package vn.lienket.scorecard.data;

import java.util.Objects;
import vn.lienket.scorecard.ReportLanguage;

/**
 * One KPI of the catalogue ({@code dim_kpi}): its code (as targets name it), labels in both languages, unit, section,
 * kind, and whether it is charted over eight quarters and shown per province.
 */
public record KpiDefinition(
        String code,
        String sectionVi,
        String sectionEn,
        String labelVi,
        String labelEn,
        String unitVi,
        String unitEn,
        KpiKind kind,
        boolean charted,
        boolean inBreakdown) {

    public KpiDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    public String section(ReportLanguage language) {
        return language == ReportLanguage.VI ? sectionVi : sectionEn;
    }

    public String label(ReportLanguage language) {
        return language == ReportLanguage.VI ? labelVi : labelEn;
    }

    public String unit(ReportLanguage language) {
        return language == ReportLanguage.VI ? unitVi : unitEn;
    }
}
