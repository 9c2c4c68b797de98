package vn.lienket.scorecard;

import java.util.ResourceBundle;

/**
 * The fixed labels of a scorecard ({@code scorecard_vi.properties}, {@code scorecard_en.properties}),
 * shared by the PDF templates and the XLSX sheets so both say the same thing.
 */
public final class ScorecardLabels {

    private static final String BUNDLE = "vn.lienket.scorecard.scorecard";

    private ScorecardLabels() {
    }

    /** The bundle for the language, never the server's default locale's. */
    public static ResourceBundle bundle(ReportLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
