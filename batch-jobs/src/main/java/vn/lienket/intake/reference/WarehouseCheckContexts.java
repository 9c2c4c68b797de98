package vn.lienket.intake.reference;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.WorkbookLimits;

/**
 * Everything a workbook check needs from the warehouse, fresh for each check, with the operator's
 * limits ({@code lienket.workbook.*}): the one way to build it.
 */
@Component
public class WarehouseCheckContexts {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final WorkbookLimits limits;

    public WarehouseCheckContexts(JdbcClient jdbc, DataSource dataSource, Clock clock, WorkbookLimitsProperties limits) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.limits = limits.limits();
    }

    public CheckContext create() {
        return create(provinces());
    }

    /** A context over provinces already read, so a load asks one directory for its check and its keys. */
    public CheckContext create(WarehouseProvinceDirectory provinces) {
        return CheckContext.of(provinces, ocopGroups(), new WarehousePreviousQuarterFigures(jdbc, dataSource), clock)
                .withLimits(limits);
    }

    /** The same limits for the annotated copy of a checked file. */
    public WorkbookLimits limits() {
        return limits;
    }

    public WarehouseProvinceDirectory provinces() {
        return new WarehouseProvinceDirectory(jdbc);
    }

    public WarehouseOcopGroupCatalogue ocopGroups() {
        return new WarehouseOcopGroupCatalogue(jdbc);
    }
}
