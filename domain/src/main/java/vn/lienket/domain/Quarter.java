package vn.lienket.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2025-Q3}. Its key in the warehouse ({@code dim_quarter}) is
 * {@code year * 10 + quarter}, e.g. {@code 20253}.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2025-Q3} (case-insensitive); anything else is rejected. */
    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quarter (expected e.g. 2025-Q3): " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter ofKey(int key) {
        return new Quarter(key / 10, key % 10);
    }

    public int key() {
        return year * 10 + quarter;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter sameQuarterLastYear() {
        return new Quarter(year - 1, quarter);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(key(), other.key());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
