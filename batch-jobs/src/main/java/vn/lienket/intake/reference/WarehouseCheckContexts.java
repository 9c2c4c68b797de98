package vn.lienket.intake.reference;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.WorkbookLimits;

/**
 * Everything a workbook check needs from the warehouse, fresh for each check, with the operator's
 * limits ({@code lienket.workbook.*}): the one way to build it.
 */
@Component
public class WarehouseCheckContexts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkbookLimits limits;

    public WarehouseCheckContexts(JdbcClient jdbc, IntakeProperties properties, WorkbookLimitsProperties limits) {
        this.jdbc = jdbc;
        this.clock = Clock.system(properties.timeZone());
        this.limits = limits.limits();
    }

    public CheckContext create() {
        return CheckContext.of(provinces(), ocopGroups(), new WarehousePreviousQuarterFigures(jdbc), clock)
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
