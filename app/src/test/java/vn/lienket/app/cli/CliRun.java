package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.TestPostgres;

/** Runs the real command line in-process against one test database and captures what it prints. */
final class CliRun {

    private final TestPostgres.Database database;
    private final Path workDirectory;

    CliRun(TestPostgres.Database database) {
        this(database, null);
    }

    /** Keeps the archive, the inbox and the scheduled scorecards (all under ./data by default) inside {@code workDirectory}. */
    CliRun(TestPostgres.Database database, Path workDirectory) {
        this.database = database;
        this.workDirectory = workDirectory;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LienketCli cli = new LienketCli(builder -> {
            if (database != null) {
                builder.initializers(new PostgresTestInitializer(database));
            }
            if (workDirectory != null) {
                builder.properties(Map.of(
                        "lienket.archive-dir", workDirectory.resolve("archive").toString(),
                        "lienket.inbox.dir", workDirectory.resolve("inbox").toString(),
                        "lienket.scorecard.output-dir", workDirectory.resolve("scorecards").toString()));
            }
        });
        int exitCode = cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
