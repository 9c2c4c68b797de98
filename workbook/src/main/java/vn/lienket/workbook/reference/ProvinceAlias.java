package vn.lienket.workbook.reference;

import vn.lienket.domain.ProvinceId;

/** Another way users write a province within an era, e.g. "Thừa Thiên Huế" for P34:46 Huế. */
public record ProvinceAlias(ProvinceId province, String alias) {
}
