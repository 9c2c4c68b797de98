package vn.lienket.workbook.rows;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;

/** The cover sheet once resolved: which province reports which quarter, and who to call. */
public record CoverInfo(
        ProvinceId province,
        String provinceName,
        Quarter quarter,
        String preparer,
        String contact,
        String templateVersion) {
}
