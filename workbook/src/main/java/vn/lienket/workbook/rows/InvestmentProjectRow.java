package vn.lienket.workbook.rows;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One investment project by an HCMC investor as of quarter end. Capital in billion VND; null = left blank. */
public record InvestmentProjectRow(
        String sheet,
        int sourceRow,
        String projectCode,
        String projectName,
        String investor,
        String sector,
        BigDecimal registeredCapital,
        BigDecimal disbursedCapital,
        BigDecimal areaHectares,
        String status,
        LocalDate licenceDate,
        LocalDate operationDate,
        Long jobs,
        String note) {
}
