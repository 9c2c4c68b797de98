package vn.lienket.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A province as the warehouse keys it: administrative era and two-digit code, written
 * {@code P63:68} or {@code P34:68}. Codes were reused across the 2025 merger (64 was Gia Lai in
 * P63, 52 is Gia Lai in P34 but was Bình Định in P63), so a code means nothing without its era.
 * Which eras exist, and when each applies, is reference data in the warehouse ({@code dim_era}).
 */
public record ProvinceId(String era, String code) {

    private static final Pattern TEXT = Pattern.compile("(P\\d{2}):(\\d{2})");

    public ProvinceId {
        if (era == null || !era.matches("P\\d{2}")) {
            throw new IllegalArgumentException("era must look like P63 or P34: " + era);
        }
        if (code == null || !code.matches("\\d{2}")) {
            throw new IllegalArgumentException("province code must be two digits: " + code);
        }
    }

    /** Parses {@code P63:68}; a lower-case {@code p} is accepted. */
    public static ProvinceId parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a province id (expected e.g. P34:68): " + text);
        }
        return new ProvinceId(matcher.group(1), matcher.group(2));
    }

    @Override
    public String toString() {
        return era + ":" + code;
    }
}
