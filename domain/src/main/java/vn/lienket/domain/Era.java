package vn.lienket.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative-unit era: {@code P63} (63 provinces, 2008-08-01 … 2025-06-30) or {@code P34}
 * (34 provinces from 2025-07-01, {@code validTo} null while current). Which era a quarter belongs to is
 * decided here and nowhere else: the era in force on the quarter's last day, as the warehouse's
 * {@code dim_quarter.era_code} has it.
 */
public record Era(String code, LocalDate validFrom, LocalDate validTo) {

    public Era {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * The era in force on {@code date} among {@code eras}.
     *
     * @throws IllegalArgumentException when none is (before the first era)
     */
    public static Era on(LocalDate date, List<Era> eras) {
        return eras.stream().filter(era -> era.covers(date)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No administrative era covers " + date));
    }

    /** The era a quarter's workbook is reported in: the one in force on the quarter's last day. */
    public static Era of(Quarter quarter, List<Era> eras) {
        return on(quarter.lastDay(), eras);
    }

    @Override
    public String toString() {
        return code;
    }
}
