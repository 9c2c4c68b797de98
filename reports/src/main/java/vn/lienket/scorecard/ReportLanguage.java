package vn.lienket.scorecard;

import java.util.Locale;

/** The language a scorecard is printed in; Vietnamese first. Decides labels and number format. */
public enum ReportLanguage {
    VI(Locale.forLanguageTag("vi-VN")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
