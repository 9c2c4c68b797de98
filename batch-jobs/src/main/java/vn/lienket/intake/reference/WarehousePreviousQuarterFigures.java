package vn.lienket.intake.reference;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.staging.FactPart;
import vn.lienket.workbook.reference.PreviousQuarterFigures;

/**
 * The province's latest loaded figures before the quarter being checked, fetched once per
 * (province, quarter) on first use and then answered from memory: plausibility checks ask per row.
 * The previous quarter's projects may be a million: they are read with {@code COPY} straight into
 * {@link ProjectCapitals}, under 40 bytes a project.
 */
public final class WarehousePreviousQuarterFigures implements PreviousQuarterFigures {

    private static final Logger log = LoggerFactory.getLogger(WarehousePreviousQuarterFigures.class);
    /** The fact tables' own names ({@link FactPart}): a project's code and capital, the key of the submission to append. */
    private static final String REGISTERED_CAPITALS = "SELECT " + FactPart.INVESTMENT.columnOfField("project_code") + ", "
            + FactPart.INVESTMENT.columnOfField("registered_capital") + " FROM " + FactPart.INVESTMENT.table()
            + " WHERE submission_id = ";
    private static final String RECOGNISED_PRODUCTS = "SELECT " + FactPart.OCOP.columnOfField("group") + ", "
            + FactPart.OCOP.columnOfField("star") + ", " + FactPart.OCOP.columnOfField("recognised") + " FROM "
            + FactPart.OCOP.table() + " WHERE submission_id = :id";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private ProvinceId loadedFor;
    private Quarter loadedQuarter;
    private ProjectCapitals capitalByProject = new ProjectCapitals();
    private final Map<String, Long> recognisedByGroupAndStar = new HashMap<>();

    public WarehousePreviousQuarterFigures(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
        load(province, quarter);
        return capitalByProject.get(projectCode);
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
        capitalByProject = new ProjectCapitals();
        recognisedByGroupAndStar.clear();
        Optional<Previous> previous = jdbc.sql("""
                        SELECT s.submission_id, s.investment_projects
                        FROM submission s JOIN dim_province p ON p.province_key = s.province_key
                        WHERE p.era_code = :era AND p.code = :code AND s.quarter_key < :quarter AND s.status = :loaded
                        ORDER BY s.quarter_key DESC LIMIT 1""")
                .param("era", province.era()).param("code", province.code()).param("quarter", quarter.key())
                .param("loaded", SubmissionStatus.LOADED.code())
                .query((row, n) -> new Previous(row.getLong(1), row.getLong(2)))
                .optional();
        previous.ifPresent(found -> {
            long submission = found.submission();
            long started = System.nanoTime();
            capitalByProject = capitalsOf(submission, found.investmentProjects());
            log.info("Previous quarter of {} before {}: {} projects of submission {} read in {} ms", province, quarter,
                    capitalByProject.size(), submission, (System.nanoTime() - started) / 1_000_000);
            jdbc.sql(RECOGNISED_PRODUCTS)
                    .param("id", submission)
                    .query((row, n) -> recognisedByGroupAndStar.put(row.getString(1) + "/" + row.getInt(2), row.getLong(3)))
                    .list();
        });
        loadedFor = province;
        loadedQuarter = quarter;
    }

    /**
     * The submission's projects through {@code COPY … TO STDOUT}, each row's bytes put into
     * {@link ProjectCapitals} as they arrive (see {@link CapitalCopyRows}), sized for the number of projects
     * the submission recorded when it was loaded.
     */
    private ProjectCapitals capitalsOf(long submission, long recordedProjects) {
        ProjectCapitals capitals = new ProjectCapitals(recordedProjects);
        CapitalCopyRows rows = new CapitalCopyRows(capitals);
        try (Connection connection = dataSource.getConnection()) {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (" + REGISTERED_CAPITALS + submission + ") TO STDOUT");
            try {
                for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
                    rows.add(row);
                }
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not read the previous quarter's projects", e);
        }
        return capitals;
    }

    /** The submission to compare with and the number of investment projects it recorded. */
    private record Previous(long submission, long investmentProjects) {
    }
}
