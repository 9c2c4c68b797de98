package vn.lienket.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The date every test runs on, whatever the machine's calendar says: 16 October 2026, 09:00 in
 * Asia/Ho_Chi_Minh, the day after the 2026-Q3 deadline. The clock ticks on from there, one offset for
 * the whole JVM and the JVMs it starts with {@link #childOption()}, so files received one after another
 * keep their order also across the application contexts of one test (each command line run starts its
 * own) and across processes; only the date is pinned (no test runs for 15 hours).
 * Tests make it the application's primary {@link Clock} bean, the one every check and deadline reads.
 */
public final class PinnedClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 10, 16, 9, 0, 0, 0, ZONE);
    /** The name of the bean that pins the clock (primary over the application's own {@code clock}). */
    public static final String BEAN_NAME = "pinnedClock";
    private static final String OFFSET_PROPERTY = "lienket.test.pinned-clock-offset";
    /** This JVM's, or the one its parent test JVM handed down ({@link #childOption()}). */
    private static final Duration OFFSET = Optional.ofNullable(System.getProperty(OFFSET_PROPERTY)).map(Duration::parse)
            .orElseGet(() -> Duration.between(Instant.now(), START.toInstant()));

    private PinnedClock() {
    }

    /** A clock that was at {@link #START} when this JVM first asked for it and ticks with the system clock. */
    public static Clock create() {
        return Clock.offset(Clock.system(ZONE), OFFSET);
    }

    /**
     * The JVM option that gives a child JVM (a loading process to kill) this JVM's clock: files that a test and its
     * children receive one after another keep their order, which decides which version of a province's quarter is
     * current.
     */
    public static String childOption() {
        return "-D" + OFFSET_PROPERTY + "=" + OFFSET;
    }

    /** The pinned "today". */
    public static LocalDate today() {
        return START.toLocalDate();
    }

    /** For applications started by code (the command line in tests): registers the pinned clock as the primary one. */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            RootBeanDefinition pinned = new RootBeanDefinition(Clock.class, PinnedClock::create);
            pinned.setPrimary(true);
            ((BeanDefinitionRegistry) context).registerBeanDefinition(BEAN_NAME, pinned);
        };
    }
}
