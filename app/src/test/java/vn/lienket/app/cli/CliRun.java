package vn.lienket.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.testsupport.PinnedClock;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.TestPostgres;

/** Runs the real command line in-process against one test database and captures what it prints. */
final class CliRun {

    private final TestPostgres.Database database;
    private final Path workDirectory;
    private final Map<String, String> properties;
    private final InstallationHome home;

    CliRun(TestPostgres.Database database) {
        this(database, null);
    }

    /** Keeps the archive, the inbox and the scheduled scorecards (all under ./data by default) inside {@code workDirectory}. */
    CliRun(TestPostgres.Database database, Path workDirectory) {
        this(database, workDirectory, Map.of());
    }

    /** As above, plus application properties of the test's own (e.g. the embedded database's data directory). */
    CliRun(TestPostgres.Database database, Path workDirectory, Map<String, String> properties) {
        this.database = database;
        this.workDirectory = workDirectory;
        this.properties = properties;
        this.home = homeFor(workDirectory);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LienketCli cli = new LienketCli(home, builder -> {
            builder.initializers(PinnedClock.initializer());
            if (database != null) {
                builder.initializers(new PostgresTestInitializer(database));
            }
            Map<String, Object> all = new HashMap<>(properties);
            if (workDirectory != null) {
                all.put("lienket.archive-dir", workDirectory.resolve("archive").toString());
                all.put("lienket.inbox.dir", workDirectory.resolve("inbox").toString());
                all.put("lienket.scorecard.output-dir", workDirectory.resolve("scorecards").toString());
            }
            if (!all.isEmpty()) {
                // ahead of application.yml, as a test's own settings must be
                builder.initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("cli-run", all)));
            }
        });
        int exitCode = cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The installation home of every run: the work directory, or a scratch one, never the repository's. */
    private static InstallationHome homeFor(Path workDirectory) {
        try {
            return new InstallationHome(workDirectory != null ? workDirectory : Files.createTempDirectory("lienket-home-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String out, String err) {
    }
}
