package vn.lienket.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which Vietnamese readers expect names: the alphabet's own (A Ă Â B C D Đ E Ê …, tone
 * marks after the letter), so Đắk Lắk comes after Cà Mau and before Gia Lai, where code-point order
 * would put Đ after Z. Every list of names a person reads (scorecards, the status board) uses it.
 */
public final class VietnameseOrder {

    private VietnameseOrder() {
    }

    /** A comparator of names in Vietnamese alphabetical order; a new one each call (a {@link Collator} is not thread-safe). */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return collator::compare;
    }
}
