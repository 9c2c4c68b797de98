package vn.lienket.intake.reference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.rows.InvestmentProjectRow;

/**
 * The investment projects a province reported for the quarter before, to pre-fill its next
 * template (projects are reported every quarter). Across the 2025 merger, a P34 province gets the
 * projects of every P63 province that merged into it.
 */
@Component
public class PreviousQuarterProjects {

    private final JdbcClient jdbc;

    public PreviousQuarterProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InvestmentProjectRow> before(ProvinceId province, Quarter quarter) {
        return jdbc.sql("""
                        SELECT v.project_code, v.project_name, v.investor, v.sector_code, v.registered_capital_bn,
                               v.disbursed_capital_bn, v.area_ha, v.status_code, v.licensed_on, v.completed_on, v.jobs,
                               v.note
                        FROM v_investment_current v
                        WHERE v.quarter_key = :previous
                          AND ((v.era_code = :era AND v.province_code = :code)
                               OR EXISTS (SELECT 1 FROM province_crosswalk c
                                          JOIN dim_province o ON o.province_key = c.p63_province_key
                                          JOIN dim_province n ON n.province_key = c.p34_province_key
                                          WHERE o.era_code = v.era_code AND o.code = v.province_code
                                            AND n.era_code = :era AND n.code = :code AND v.era_code <> :era))
                        ORDER BY v.project_code""")
                .param("previous", quarter.previous().key())
                .param("era", province.era()).param("code", province.code())
                .query((row, n) -> new InvestmentProjectRow(null, 0, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7), row.getString(8),
                        row.getObject(9, LocalDate.class), row.getObject(10, LocalDate.class),
                        row.getObject(11) == null ? null : row.getLong(11), row.getString(12)))
                .list();
    }
}
