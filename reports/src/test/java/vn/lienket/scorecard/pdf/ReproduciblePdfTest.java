package vn.lienket.scorecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardFixtures;

class ReproduciblePdfTest {

    private final ScorecardPdf pdf = new ScorecardPdf();
    private final Scorecard scorecard = ScorecardFixtures.tayNguyenProgramme(ReportLanguage.VI);

    @Test
    void twoExportsDifferButNormaliseToTheSameBytes() {
        byte[] first = pdf.renderAsExported(scorecard);
        byte[] second = pdf.renderAsExported(scorecard);

        assertThat(first).isNotEqualTo(second);
        assertThat(ReproduciblePdf.normalise(first, scorecard.dataAsOf()))
                .isEqualTo(ReproduciblePdf.normalise(second, scorecard.dataAsOf()));
    }

    @Test
    void datesBecomeTheDataAsOfTimeInUtc() {
        String normalised = new String(ReproduciblePdf.normalise(pdf.renderAsExported(scorecard), scorecard.dataAsOf()),
                StandardCharsets.ISO_8859_1);

        assertThat(normalised).contains("/CreationDate(D:20250721031500Z)", "<xmp:CreateDate>2025-07-21T03:15:00Z<");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        byte[] once = ReproduciblePdf.normalise(pdf.renderAsExported(scorecard), scorecard.dataAsOf());

        assertThat(ReproduciblePdf.normalise(once, scorecard.dataAsOf())).isEqualTo(once);
    }
}
