package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.app.database.WarehouseSummary;

/** {@code lienket db migrate|status}: the warehouse schema and what the warehouse holds. */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Migrate.class, DbCommand.Status.class})
class DbCommand {

    @Command(name = "migrate", mixinStandardHelpOptions = true)
    static class Migrate extends WarehouseCommand {

        Migrate(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected boolean createsWarehouse() {
            return true;
        }

        @Override
        protected int run(PrintWriter out) {
            List<String> applied = appliedSchemaChanges();
            out.println(applied.isEmpty()
                    ? messages.get("db.migrate.upToDate")
                    : messages.get("db.migrate.applied", applied.size()));
            printSummary(out, bean(WarehouseSummary.class).read(), messages);
            return ExitCodes.SUCCESS;
        }
    }

    /** Only looks: unlike every other command it does not migrate first, so it can tell what is pending. */
    @Command(name = "status", mixinStandardHelpOptions = true)
    static class Status implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;

        Status(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            WarehouseMigrator.SchemaStatus status = application.bean(WarehouseMigrator.class).status();
            out.println(messages.get("db.status.applied", status.appliedCount()));
            if (!status.upToDate()) {
                out.println(messages.get("db.status.pending", status.pendingIds().size(), String.join(", ", status.pendingIds())));
                return ExitCodes.REJECTED;
            }
            out.println(messages.get("db.status.upToDate"));
            printSummary(out, application.bean(WarehouseSummary.class).read(), messages);
            return ExitCodes.SUCCESS;
        }
    }

    static void printSummary(PrintWriter out, WarehouseSummary.Figures figures, Messages messages) {
        for (WarehouseSummary.EraCount era : figures.provincesByEra()) {
            out.println(messages.get("db.summary.provinces", era.era(), era.provinces()));
        }
        out.println(messages.get("db.summary.crosswalk", figures.crosswalkRows()));
        out.println(messages.get("db.summary.programmes", figures.programmes()));
        out.println(messages.get("db.summary.submissions", figures.submissions(), figures.loadedSubmissions()));
    }
}
