package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.TestPostgres;

/** Runs the real command line in-process against one test database and captures what it prints. */
final class CliRun {

    private final TestPostgres.Database database;

    CliRun(TestPostgres.Database database) {
        this.database = database;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LienketCli cli = new LienketCli(builder -> {
            if (database != null) {
                builder.initializers(new PostgresTestInitializer(database));
            }
        });
        int exitCode = cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
