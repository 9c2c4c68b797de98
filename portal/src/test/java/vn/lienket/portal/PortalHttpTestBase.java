package vn.lienket.portal;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.RunArchive;
import vn.lienket.testsupport.WarehouseReset;

/**
 * The running portal on a random port over one database for every HTTP test class of this module
 * (one context, so one database and one migration per test JVM), emptied before each test.
 */
@SpringBootTest(classes = PortalTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
public abstract class PortalHttpTestBase {

    /** Lâm Đồng after the merger: the province of the fixtures' valid workbook. */
    protected static final ProvinceId LAM_DONG = ProvinceId.parse("P34:68");
    /** Đắk Lắk after the merger: another province. */
    protected static final ProvinceId DAK_LAK = ProvinceId.parse("P34:66");

    private static final Path ARCHIVE = RunArchive.directory("portal");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PortalUsers users;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", ARCHIVE::toString);
    }

    @BeforeEach
    void emptyWarehouse() {
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
    }

    /** Creates the account with a random password and returns a client that knows it. */
    protected PortalClient account(NewUser user) {
        PortalUsers.CreatedUser created = users.addWithRandomPassword(user);
        return PortalClient.as(port, created.account().username(), created.password());
    }

    protected PortalClient anonymous() {
        return PortalClient.anonymous(port);
    }
}
