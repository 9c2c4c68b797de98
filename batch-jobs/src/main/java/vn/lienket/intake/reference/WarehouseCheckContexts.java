package vn.lienket.intake.reference;

import java.time.Clock;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.intake.registry.SubmissionRegistry;
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
    private final SubmissionRegistry registry;

    public WarehouseCheckContexts(JdbcClient jdbc, DataSource dataSource, Clock clock, WorkbookLimitsProperties limits,
                                  SubmissionRegistry registry) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.limits = limits.limits();
        this.registry = registry;
    }

    /** A check made now ({@code lienket check}, a template's pre-fill): "today" is the clock's. */
    public CheckContext create() {
        return create(provinces());
    }

    /**
     * A load's check, over provinces already read (so a load asks one directory for its check and its keys), judged on
     * the day the file was received in the installation's time zone: the same day whether it is loaded at once or
     * replayed years later, so a quarter that was still in the future when it arrived is refused on replay too.
     */
    public CheckContext forArrival(WarehouseProvinceDirectory provinces, OffsetDateTime receivedAt) {
        return create(provinces).on(receivedAt.atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    private CheckContext create(WarehouseProvinceDirectory provinces) {
        return CheckContext.of(provinces, ocopGroups(), new WarehousePreviousQuarterFigures(jdbc, dataSource, provinces, registry), clock)
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
