package vn.lienket.scorecard;

import java.util.ResourceBundle;
import vn.lienket.domain.MessageBundle;

/**
 * The fixed labels of a scorecard ({@code scorecard_vi.properties}, {@code scorecard_en.properties}),
 * shared by the PDF templates and the XLSX sheets so both say the same thing.
 */
public final class ScorecardLabels {

    private static final MessageBundle LABELS = new MessageBundle("vn.lienket.scorecard.scorecard");

    private ScorecardLabels() {
    }

    /** The bundle for the language, never the server's default locale's. */
    public static ResourceBundle bundle(ReportLanguage language) {
        return LABELS.bundle(language.locale());
    }
}
