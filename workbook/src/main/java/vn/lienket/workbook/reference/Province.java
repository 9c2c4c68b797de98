package vn.lienket.workbook.reference;

import vn.lienket.domain.ProvinceId;

/** A province of one era with its Vietnamese name, e.g. P34:68 Lâm Đồng. */
public record Province(ProvinceId id, String name) {
}
