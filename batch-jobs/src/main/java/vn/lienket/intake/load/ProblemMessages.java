package vn.lienket.intake.load;

import java.util.Locale;
import vn.lienket.domain.MessageBundle;

/** The texts of the problems the load adds to a report ({@code messages_vi.properties}, English beside it). */
final class ProblemMessages {

    private static final MessageBundle MESSAGES = new MessageBundle("vn.lienket.intake.load.messages");

    private ProblemMessages() {
    }

    static String text(Locale locale, String code, Object... arguments) {
        return MESSAGES.text(locale, "problem." + code, arguments);
    }
}
