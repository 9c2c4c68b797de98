package vn.lienket.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lienket bench copy-reference FILE}: the reference program of {@code bench cli}, as its own
 * process: fastexcel into {@code COPY} on the server of {@code SPRING_DATASOURCE_URL}, no Spring.
 */
@Command(name = "copy-reference", hidden = true)
class CopyReferenceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Override
    public Integer call() throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
                System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
            CopyReference.load(connection, file);
        }
        return 0;
    }
}
