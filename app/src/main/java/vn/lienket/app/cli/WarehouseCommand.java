package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.lienket.app.database.WarehouseMigrator;

/**
 * A sub-command that works on the warehouse: its input is checked first (so a typo exits 2 without
 * starting a database), then the schema is brought up to date, then the command runs. Only commands
 * that build the warehouse ({@link #createsWarehouse()}) may create the embedded one; the others
 * refuse, naming the expected place, when the installation has none.
 * {@link CommandFactory} hands every subclass the lazily started application and the messages.
 */
public abstract class WarehouseCommand implements Callable<Integer> {

    protected final ApplicationContextLauncher application;
    protected final Messages messages;

    @Spec
    private CommandSpec spec;
    private List<String> appliedSchemaChanges = List.of();

    protected WarehouseCommand(ApplicationContextLauncher application, Messages messages) {
        this.application = application;
        this.messages = messages;
    }

    @Override
    public final Integer call() throws Exception {
        checkInput();
        if (createsWarehouse()) {
            application.override("lienket.embedded-database.create-if-missing", true);
        }
        appliedSchemaChanges = application.bean(WarehouseMigrator.class).migrate();
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = run(out);
        out.flush();
        return exitCode;
    }

    /** Rejects unusable input with {@link UnusableInputException} before anything starts; nothing by default. */
    protected void checkInput() {
    }

    /** Whether this command builds the warehouse (load, migrate, serve…) rather than only reads it. */
    protected boolean createsWarehouse() {
        return false;
    }

    /** Does the work and returns the exit code (see {@link ExitCodes}). */
    protected abstract int run(PrintWriter out) throws Exception;

    /** The ids of the schema changes this run applied before {@link #run}, usually none. */
    protected List<String> appliedSchemaChanges() {
        return appliedSchemaChanges;
    }

    protected <T> T bean(Class<T> type) {
        return application.bean(type);
    }

    /** Who acts at this terminal, as the audit log and the registry name them: the operating system's user. */
    static String operator() {
        return System.getProperty("user.name", "unknown");
    }

    /** Parses a user-typed value, turning a parse failure into exit code 2 with the parser's message. */
    protected static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage());
        }
    }
}
