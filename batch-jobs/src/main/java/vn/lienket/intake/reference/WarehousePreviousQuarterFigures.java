package vn.lienket.intake.reference;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.Ahead;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.staging.FactPart;
import vn.lienket.workbook.reference.PreviousQuarterFigures;

/**
 * The province's latest loaded figures before the quarter being checked, fetched once per
 * (province, quarter) and then answered from memory: plausibility checks ask per row.
 * The previous quarter's projects may be a million: they are read with {@code COPY} straight into
 * {@link ProjectCapitals}, under 40 bytes a project, on a thread of their own from the moment the cover
 * names the province and quarter ({@link #prepare}), on a connection of their own, while the check reads the rows.
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
    private final WarehouseProvinceDirectory provinces;
    private final SubmissionRegistry registry;
    private ProvinceId readFor;
    private Quarter readBefore;
    private Ahead<Figures> figures;

    public WarehousePreviousQuarterFigures(JdbcClient jdbc, DataSource dataSource, WarehouseProvinceDirectory provinces,
                                           SubmissionRegistry registry) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.provinces = provinces;
        this.registry = registry;
    }

    @Override
    public void prepare(ProvinceId province, Quarter quarter) {
        figures(province, quarter);
    }

    @Override
    public boolean ready(ProvinceId province, Quarter quarter) {
        return figures(province, quarter).done();
    }

    @Override
    public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
        return figures(province, quarter).get().capitals().get(projectCode);
    }

    @Override
    public OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String ocopGroupCode, int star) {
        Long recognised = figures(province, quarter).get().recognisedByGroupAndStar().get(ocopGroupCode + "/" + star);
        return recognised == null ? OptionalLong.empty() : OptionalLong.of(recognised);
    }

    /** The figures of {@code province} before {@code quarter}, being read or read; a read begun on first asking. */
    private synchronized Ahead<Figures> figures(ProvinceId province, Quarter quarter) {
        if (!province.equals(readFor) || !quarter.equals(readBefore)) {
            readFor = province;
            readBefore = quarter;
            OptionalInt provinceKey = provinces.key(province);
            figures = provinceKey.isEmpty() ? Ahead.now(() -> Figures.NONE)
                    : Ahead.start("lienket-previous-quarter", () -> read(province, provinceKey.getAsInt(), quarter));
        }
        return figures;
    }

    private Figures read(ProvinceId province, int provinceKey, Quarter quarter) {
        Optional<SubmissionRegistry.LoadedBefore> previous = registry.latestLoadedBefore(provinceKey, quarter.key());
        if (previous.isEmpty()) {
            return Figures.NONE;
        }
        long submission = previous.get().id();
        long started = System.nanoTime();
        ProjectCapitals capitals = capitalsOf(submission, previous.get().investmentProjects());
        log.info("Previous quarter of {} before {}: {} projects of submission {} read in {} ms", province, quarter,
                capitals.size(), submission, (System.nanoTime() - started) / 1_000_000);
        Map<String, Long> recognised = new HashMap<>();
        jdbc.sql(RECOGNISED_PRODUCTS)
                .param("id", submission)
                .query((row, n) -> recognised.put(row.getString(1) + "/" + row.getInt(2), row.getLong(3)))
                .list();
        return new Figures(capitals, recognised);
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

    /** What the previous quarter's submission says: each project's registered capital, OCOP products by group and star. */
    private record Figures(ProjectCapitals capitals, Map<String, Long> recognisedByGroupAndStar) {
        static final Figures NONE = new Figures(new ProjectCapitals(), Map.of());
    }
}
