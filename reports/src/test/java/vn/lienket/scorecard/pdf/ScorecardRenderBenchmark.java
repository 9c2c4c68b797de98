package vn.lienket.scorecard.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardFixtures;
import vn.lienket.scorecard.ScorecardRenderer;
import vn.lienket.scorecard.Subject;

/**
 * Renders a quarter's set of scorecards (2 programmes + 12 provinces) warm and prints the time of
 * each, the set's total, and the ratio to a reference measured in the same run: the same set
 * filled and exported by JasperReports alone (no reproducibility pass, no XLSX).
 * Run: {@code ./mvnw -B -q -pl reports -am test-compile -Pbenchmark}.
 */
public final class ScorecardRenderBenchmark {

    private static final int ROUNDS = 5;

    private ScorecardRenderBenchmark() {
    }

    public static void main(String[] args) {
        List<Scorecard> quarterSet = quarterSet();
        ScorecardRenderer renderer = new ScorecardRenderer();
        ScorecardPdf jasperOnly = new ScorecardPdf();

        long coldStart = System.nanoTime();
        renderer.render(quarterSet.get(0));
        System.out.printf("cold first render (loads the compiled templates, fonts and classes): %d ms%n", millis(coldStart));
        for (Scorecard scorecard : quarterSet) {
            renderer.render(scorecard);
            jasperOnly.renderAsExported(scorecard);
        }

        List<Long> setTimes = new ArrayList<>();
        List<Long> referenceTimes = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long referenceStart = System.nanoTime();
            quarterSet.forEach(jasperOnly::renderAsExported);
            referenceTimes.add(millis(referenceStart));

            StringBuilder each = new StringBuilder();
            long setStart = System.nanoTime();
            for (Scorecard scorecard : quarterSet) {
                long start = System.nanoTime();
                renderer.render(scorecard);
                each.append(millis(start)).append(' ');
            }
            setTimes.add(millis(setStart));
            System.out.printf("round %d: set of %d in %d ms (reference %d ms); ms each: %s%n",
                    round, quarterSet.size(), setTimes.get(round - 1), referenceTimes.get(round - 1), each.toString().trim());
        }
        long set = median(setTimes);
        long reference = median(referenceTimes);
        System.out.printf("median: quarter set %d ms = %.1f ms per scorecard; reference (Jasper fill+export only) %d ms;"
                + " ratio full/reference %.2f%n", set, (double) set / quarterSet.size(), reference, (double) set / reference);
    }

    private static List<Scorecard> quarterSet() {
        List<Scorecard> set = new ArrayList<>();
        set.add(ScorecardFixtures.tayNguyenProgramme(ReportLanguage.VI));
        set.add(ScorecardFixtures.sample(Subject.programme("TP.HCM – Duyên hải Trung Bộ"),
                List.of("Bình Thuận", "Ninh Thuận", "Khánh Hòa", "Phú Yên", "Bình Định", "Quảng Ngãi"), ReportLanguage.VI, 1));
        List<String> provinces = List.of("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Thuận",
                "Ninh Thuận", "Khánh Hòa", "Phú Yên", "Bình Định", "Quảng Ngãi", "Bạc Liêu");
        for (int i = 0; i < provinces.size(); i++) {
            String province = provinces.get(i);
            set.add(ScorecardFixtures.sample(Subject.province(province + " (P63)"), List.of(province), ReportLanguage.VI, 2 + i));
        }
        return set;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
