package vn.lienket.intake.reference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.staging.FactPart;
import vn.lienket.workbook.rows.InvestmentProjectRow;

/**
 * The investment projects a province reported for the quarter before, to pre-fill its next
 * template (projects are reported every quarter). Across the 2025 merger, a P34 province gets the
 * projects of every P63 province that merged into it. The columns are those of the investment part's
 * description ({@link FactPart#INVESTMENT}).
 */
@Component
public class PreviousQuarterProjects {

    private final JdbcClient jdbc;

    public PreviousQuarterProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InvestmentProjectRow> before(ProvinceId province, Quarter quarter) {
        return jdbc.sql("""
                        SELECT %s
                        FROM v_investment_current v
                        WHERE v.quarter_key = :previous
                          AND ((v.era_code = :era AND v.province_code = :code)
                               OR EXISTS (SELECT 1 FROM province_crosswalk c
                                          JOIN dim_province o ON o.province_key = c.p63_province_key
                                          JOIN dim_province n ON n.province_key = c.p34_province_key
                                          WHERE o.era_code = v.era_code AND o.code = v.province_code
                                            AND n.era_code = :era AND n.code = :code AND v.era_code <> :era))
                        ORDER BY v.project_code""".formatted(FactPart.INVESTMENT.selectList("v")))
                .param("previous", quarter.previous().key())
                .param("era", province.era()).param("code", province.code())
                .query((row, n) -> new InvestmentProjectRow(null, 0, row.getString("project_code"),
                        row.getString("project_name"), row.getString("investor"), row.getString("sector_code"),
                        row.getBigDecimal("registered_capital_bn"), row.getBigDecimal("disbursed_capital_bn"),
                        row.getBigDecimal("area_ha"), row.getString("status_code"),
                        row.getObject("licensed_on", LocalDate.class), row.getObject("completed_on", LocalDate.class),
                        row.getObject("jobs") == null ? null : row.getLong("jobs"), row.getString("note")))
                .list();
    }
}
