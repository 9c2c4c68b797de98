package vn.lienket.domain;

import java.time.format.DateTimeFormatter;

/**
 * How a day, and a moment of a day, are written for a Vietnamese reader: {@code 31/10/2026}, {@code 31/10/2026 14:05}.
 * Messages, scorecards, the portal and the command line's sentences use these; machine-readable output (JSON, CSV,
 * receipts) keeps ISO 8601.
 */
public final class VietnameseDates {

    /** A day: {@code dd/MM/yyyy}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A day and its hour and minute: {@code dd/MM/yyyy HH:mm}. */
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VietnameseDates() {
    }
}
