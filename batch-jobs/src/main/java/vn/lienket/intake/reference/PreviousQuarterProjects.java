package vn.lienket.intake.reference;

import java.sql.Date;
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
 * description ({@link FactPart#INVESTMENT}), each read back into the row under its contract field.
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
                .query((row, n) -> {
                    InvestmentProjectRow.Builder project = InvestmentProjectRow.builder();
                    for (FactPart.Column<InvestmentProjectRow> column : FactPart.INVESTMENT.columns()) {
                        project.set(column.field(), asRowValue(row.getObject(column.name())));
                    }
                    return project.build();
                })
                .list();
    }

    /** The warehouse's column values as a checked row holds them: a date as LocalDate, a count as Long. */
    private static Object asRowValue(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
