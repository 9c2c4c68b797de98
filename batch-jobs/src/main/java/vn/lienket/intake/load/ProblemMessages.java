package vn.lienket.intake.load;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the problems the load adds to a report ({@code messages_vi.properties}, English beside it). */
final class ProblemMessages {

    private static final String BUNDLE = "vn.lienket.intake.load.messages";

    private ProblemMessages() {
    }

    static String text(Locale locale, String code, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("problem." + code), locale).format(arguments);
    }
}
