package vn.lienket.intake;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.RunArchive;
import vn.lienket.testsupport.WarehouseReset;

/**
 * The intake as the application assembles it, on the test PostgreSQL, with an archive of its own: each test starts
 * from an empty warehouse. The classes that extend it share one Spring context (and one archive, which a context
 * reads once); a class that adds configuration of its own gets its own context.
 */
@SpringBootTest(classes = IntakeTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
public abstract class IntakeIntegrationTest {

    /** Where the intake archives received files, for every context of this run; removed when the JVM ends. */
    protected static final Path ARCHIVE_DIR = RunArchive.directory("intake");

    @TempDir
    protected Path work;

    @Autowired
    protected SubmissionIntake intake;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", ARCHIVE_DIR::toString);
    }

    @BeforeEach
    void emptyWarehouse() {
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
    }
}
