package vn.lienket;

import java.nio.file.Path;

import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.lienket.testsupport.WarehouseReset;

/** Intake plus operations (inbox, deadlines, distribution, schedule), as the application assembles them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"vn.lienket.jobs", "vn.lienket.intake", "vn.lienket.inbox", "vn.lienket.deadline", "vn.lienket.distribution",
        "vn.lienket.schedule"}, excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@ConfigurationPropertiesScan("vn.lienket")
public class OperationsTestApplication {

    /** Empties what the operations tests write, so each test starts from no submissions, mails or runs. */
    public static void reset(JdbcClient jdbc) {
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
    }

    /** Sends mail to the GreenMail SMTP server of {@code ServerSetupTest.SMTP}. */
    public static void useGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", ServerSetupTest.SMTP::getPort);
    }

    /** Keeps the archive and the inbox under {@code root}. */
    public static void useDirectoriesUnder(Path root, DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> root.resolve("archive").toString());
        registry.add("lienket.inbox.dir", () -> root.resolve("inbox").toString());
    }
}
