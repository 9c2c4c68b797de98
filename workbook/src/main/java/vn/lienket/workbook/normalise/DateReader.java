package vn.lienket.workbook.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as Excel serial numbers or as text in the forms Vietnamese offices type: day first
 * (25/7/2024, 25-07-2024, 25.7.24), ISO (2024-07-25) and "ngày 25 tháng 7 năm 2024". Month-first
 * American dates are not guessed: 7/25/2024 is rejected rather than silently read as something else.
 */
public final class DateReader {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern WORDS = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    /** Serial 1 is 1900-01-01 and 2958465 is 9999-12-31, Excel's own limits. */
    private static final double MAX_SERIAL = 2958465;
    /** Day 0 of each date system, for whole serials: Excel counts a 29/02/1900 that never was, so day 61 is 01/03/1900. */
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_ZERO_1900_AFTER_FEBRUARY = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    private static final int FIRST_DAY_AFTER_FAKE_LEAP_DAY = 61;

    private DateReader() {
    }

    public static Optional<LocalDate> fromSerial(double serial, boolean date1904) {
        if (serial < 1 || serial > MAX_SERIAL) {
            return Optional.empty();
        }
        if (serial != Math.rint(serial)) {
            return Optional.of(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
        // a whole serial (a date without time, nearly every cell) is a day count: POI's date-time arithmetic is not needed
        long days = (long) serial;
        LocalDate dayZero = date1904 ? DAY_ZERO_1904
                : days < FIRST_DAY_AFTER_FAKE_LEAP_DAY ? DAY_ZERO_1900 : DAY_ZERO_1900_AFTER_FEBRUARY;
        return Optional.of(dayZero.plusDays(days));
    }

    public static Optional<LocalDate> fromText(String raw) {
        String text = TextCleaner.clean(raw);
        Matcher m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return date(year(m.group(3)), m.group(2), m.group(1));
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        m = WORDS.matcher(Folding.fold(text));
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
