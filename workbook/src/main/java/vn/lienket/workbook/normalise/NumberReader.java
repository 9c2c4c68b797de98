package vn.lienket.workbook.normalise;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers typed as text. One instance per workbook: the first unambiguous value ("1.234,5",
 * "12,5", "1.234.567") fixes the workbook's convention, which then decides ambiguous values such
 * as "1.234" (one thousand two hundred thirty-four in Vietnamese, one point two three four in
 * English). Before any evidence, ambiguous values use the contract's default and say so.
 */
public final class NumberReader {

    /** How sure the reading is. */
    public enum Certainty {
        /** The text itself or the workbook's convention decided it. */
        CERTAIN,
        /** Ambiguous text read with the default convention because the workbook had shown none yet. */
        ASSUMED,
        /** Unambiguous text written in the other convention from the rest of the workbook. */
        CONFLICTING
    }

    public record Reading(BigDecimal value, Certainty certainty, NumberConvention convention) {
    }

    private static final Pattern SHAPE = Pattern.compile("[+-]?[0-9][0-9.,]*|[+-]?[.,][0-9]+");

    private final NumberConvention fallback;
    private NumberConvention decided;

    public NumberReader(NumberConvention fallback) {
        this.fallback = fallback;
    }

    public Optional<NumberConvention> decided() {
        return Optional.ofNullable(decided);
    }

    public Optional<Reading> read(String rawText) {
        String text = TextCleaner.clean(rawText).replace(" ", "");
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        NumberConvention evidence = evidence(text);
        if (evidence != null) {
            if (decided == null) {
                decided = evidence;
            }
            Certainty certainty = decided == evidence ? Certainty.CERTAIN : Certainty.CONFLICTING;
            return parse(text, evidence).map(v -> new Reading(v, certainty, evidence));
        }
        NumberConvention convention = decided == null ? fallback : decided;
        Certainty certainty = decided == null && isSeparated(text) ? Certainty.ASSUMED : Certainty.CERTAIN;
        return parse(text, convention).map(v -> new Reading(v, certainty, convention));
    }

    /** The convention the text proves on its own, or null when it fits both (or neither needs one). */
    private static NumberConvention evidence(String text) {
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return NumberConvention.withDecimal(dot > comma ? '.' : ',');
        }
        int last = Math.max(dot, comma);
        if (last < 0) {
            return null;
        }
        char separator = text.charAt(last);
        if (text.indexOf(separator) != last) {
            return NumberConvention.withGrouping(separator);
        }
        String integerPart = text.substring(0, last).replaceAll("[+-]", "");
        int decimals = text.length() - last - 1;
        if (decimals != 3 || integerPart.isEmpty() || integerPart.equals("0")) {
            return NumberConvention.withDecimal(separator);
        }
        return null;
    }

    private static boolean isSeparated(String text) {
        return text.indexOf('.') >= 0 || text.indexOf(',') >= 0;
    }

    private static Optional<BigDecimal> parse(String text, NumberConvention convention) {
        String grouping = String.valueOf(convention.grouping());
        int decimalAt = text.lastIndexOf(convention.decimal());
        String integerPart = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (fraction.indexOf(convention.grouping()) >= 0 || integerPart.indexOf(convention.decimal()) >= 0
                || !groupsOfThree(integerPart, convention.grouping())) {
            return Optional.empty();
        }
        String plain = integerPart.replace(grouping, "") + (fraction.isEmpty() ? "" : "." + fraction);
        try {
            return Optional.of(new BigDecimal(plain.startsWith(".") || plain.startsWith("-.") || plain.startsWith("+.")
                    ? plain.replace(".", "0.") : plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean groupsOfThree(String integerPart, char grouping) {
        if (integerPart.indexOf(grouping) < 0) {
            return true;
        }
        String[] groups = integerPart.replaceAll("^[+-]", "").split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
