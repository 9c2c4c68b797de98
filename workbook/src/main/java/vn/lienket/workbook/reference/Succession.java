package vn.lienket.workbook.reference;

import java.time.LocalDate;

/** A province of an older era and the unit it became, e.g. P63:60 Bình Thuận → P34:68 Lâm Đồng on 2025-07-01. */
public record Succession(Province from, Province to, LocalDate effective) {
}
