package vn.lienket.intake.reference;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.reference.PreviousQuarterFigures;

/**
 * The province's latest loaded figures before the quarter being checked, fetched once per
 * (province, quarter) on first use and then answered from memory: plausibility checks ask per row.
 */
public final class WarehousePreviousQuarterFigures implements PreviousQuarterFigures {

    private final JdbcClient jdbc;
    private ProvinceId loadedFor;
    private Quarter loadedQuarter;
    private final Map<String, BigDecimal> capitalByProject = new HashMap<>();
    private final Map<String, Long> recognisedByGroupAndStar = new HashMap<>();

    public WarehousePreviousQuarterFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
        load(province, quarter);
        return Optional.ofNullable(capitalByProject.get(projectCode));
    }

    @Override
    public OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String ocopGroupCode, int star) {
        load(province, quarter);
        Long recognised = recognisedByGroupAndStar.get(ocopGroupCode + "/" + star);
        return recognised == null ? OptionalLong.empty() : OptionalLong.of(recognised);
    }

    private synchronized void load(ProvinceId province, Quarter quarter) {
        if (province.equals(loadedFor) && quarter.equals(loadedQuarter)) {
            return;
        }
        capitalByProject.clear();
        recognisedByGroupAndStar.clear();
        Optional<Long> previous = jdbc.sql("""
                        SELECT s.submission_id FROM submission s JOIN dim_province p ON p.province_key = s.province_key
                        WHERE p.era_code = :era AND p.code = :code AND s.quarter_key < :quarter AND s.status = 'loaded'
                        ORDER BY s.quarter_key DESC LIMIT 1""")
                .param("era", province.era()).param("code", province.code()).param("quarter", quarter.key())
                .query(Long.class).optional();
        previous.ifPresent(submission -> {
            jdbc.sql("SELECT project_code, registered_capital_bn FROM fact_investment_snapshot WHERE submission_id = :id")
                    .param("id", submission)
                    .query((row, n) -> capitalByProject.put(row.getString(1), row.getBigDecimal(2)))
                    .list();
            jdbc.sql("SELECT group_code, star, products_recognised FROM fact_ocop_snapshot WHERE submission_id = :id")
                    .param("id", submission)
                    .query((row, n) -> recognisedByGroupAndStar.put(row.getString(1) + "/" + row.getInt(2), row.getLong(3)))
                    .list();
        });
        loadedFor = province;
        loadedQuarter = quarter;
    }
}
