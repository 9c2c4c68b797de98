package vn.lienket.workbook.rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.lienket.domain.ProvinceId;

/** One promotion event held in the quarter. Deal value in billion VND; null = left blank. */
public record PromotionEventRow(
        String sheet,
        int sourceRow,
        String name,
        String eventType,
        LocalDate startDate,
        LocalDate endDate,
        ProvinceId hostProvince,
        List<ProvinceId> partnerProvinces,
        String organiser,
        String level,
        Long businesses,
        Long products,
        Long booths,
        Long mous,
        BigDecimal dealValue,
        Long visitors) {

    public PromotionEventRow {
        partnerProvinces = List.copyOf(partnerProvinces);
    }
}
