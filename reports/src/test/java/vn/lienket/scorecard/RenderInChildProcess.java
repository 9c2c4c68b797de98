package vn.lienket.scorecard;

/**
 * Entry point for the reproducibility test's child JVM: renders the fixture scorecard in the
 * given language and prints the PDF and XLSX digests on one line.
 */
public final class RenderInChildProcess {

    private RenderInChildProcess() {
    }

    public static void main(String[] args) {
        RenderedScorecard rendered = new ScorecardRenderer()
                .render(ScorecardFixtures.tayNguyenProgramme(ReportLanguage.valueOf(args[0])));
        System.out.println(rendered.pdfSha256() + " " + rendered.xlsxSha256());
    }
}
