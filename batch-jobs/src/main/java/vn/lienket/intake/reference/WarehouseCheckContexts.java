package vn.lienket.intake.reference;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.workbook.CheckContext;

/** Everything a workbook check needs from the warehouse, fresh for each check: the one way to build it. */
@Component
public class WarehouseCheckContexts {

    private final JdbcClient jdbc;
    private final Clock clock;

    public WarehouseCheckContexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CheckContext create() {
        return create(provinces());
    }

    /** A context over provinces already read, so a load asks one directory for its check and its keys. */
    public CheckContext create(WarehouseProvinceDirectory provinces) {
        return CheckContext.of(provinces, ocopGroups(), new WarehousePreviousQuarterFigures(jdbc), clock);
    }

    public WarehouseProvinceDirectory provinces() {
        return new WarehouseProvinceDirectory(jdbc);
    }

    public WarehouseOcopGroupCatalogue ocopGroups() {
        return new WarehouseOcopGroupCatalogue(jdbc);
    }
}
