package vn.lienket.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.app.LienketApplication;
import vn.lienket.app.database.EmbeddedWarehouse;
import vn.lienket.app.database.PlainWarehouse;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.app.home.HomeSettings;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.reference.PreviousQuarterProjects;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.portal.PortalConfiguration;

/**
 * Starts the Spring application the first time a command asks for a bean, and stops it at exit.
 * A command that neither runs the scheduler ({@link #withScheduler()}) nor serves the portal
 * ({@link #withPortal()}) gets a narrowed application: only the auto-configurations of
 * {@link CommandAutoConfigurations} (no Quartz, no web server, no Spring Security, no JMX, nothing a
 * new jar brings until it is named there), and beans created when first asked for (lazy
 * initialisation), so that {@code submissions list} builds the registry and its data source, not the
 * batch jobs, the renderers and the mail outbox it never uses. {@code serve} gets everything; the
 * portal benchmark gets the web server without Quartz.
 */
public final class ApplicationContextLauncher implements AutoCloseable {

    /** What {@code lienket} itself starts with: no caller's customisation (tests bring their own database). */
    static final Consumer<SpringApplicationBuilder> NO_CUSTOMIZATION = builder -> { };
    private static final String QUARTZ = "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration";

    private final InstallationHome home;
    private final Consumer<SpringApplicationBuilder> customizer;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final List<Consumer<ConfigurableEnvironment>> environmentListeners = new ArrayList<>();
    private ConfigurableApplicationContext context;
    private PlainWarehouse plain;
    private boolean scheduler;
    private boolean portal;
    private boolean withoutApplication;
    private boolean processEndsAtClose;

    ApplicationContextLauncher(InstallationHome home, Consumer<SpringApplicationBuilder> customizer) {
        this.home = home;
        this.customizer = customizer;
    }

    /**
     * Where the embedded warehouse would be when the installation surely has none
     * ({@link HomeSettings#missingWarehouse}), so that a command can say so without starting the
     * application; empty when there may be one, or when the caller customises the application.
     */
    public Optional<Path> missingWarehouse() {
        if (customizer != NO_CUSTOMIZATION) {
            return Optional.empty();
        }
        return HomeSettings.of(home).missingWarehouse(System.getenv(), System.getProperties());
    }

    /** The installation home every path of the application is resolved against. */
    public InstallationHome home() {
        return home;
    }

    /**
     * Settings a command imposes on the application it is about to start (e.g. the benchmark's own
     * database), ahead of configuration files and the environment.
     */
    public synchronized void override(String property, Object value) {
        if (context != null) {
            throw new IllegalStateException("The application is already running; " + property + " cannot change");
        }
        overrides.put(property, value);
    }

    /**
     * The command runs the Quartz scheduler ({@code serve}): every auto-configuration is kept and
     * every bean is created at start, so that a misconfiguration stops it at once, not hours later.
     */
    public synchronized void withScheduler() {
        if (context != null) {
            throw new IllegalStateException("The application is already running without the scheduler");
        }
        scheduler = true;
    }

    /**
     * The command serves the portal ({@code serve}): the application is a servlet web application
     * with the portal's beans ({@link PortalConfiguration}) and the web auto-configurations.
     */
    public synchronized void withPortal() {
        if (context != null) {
            throw new IllegalStateException("The application is already running without the portal");
        }
        portal = true;
    }

    /**
     * The command only reads the warehouse through {@link #bean} of {@link WarehouseMigrator},
     * {@link SubmissionRegistry}, {@link PreviousQuarterProjects} and {@link IntakeProperties}: they are built without the Spring
     * application ({@link PlainWarehouse}) when {@code lienket} runs as users start it (no caller's
     * customisation, no {@link #override}, no {@code SPRING_APPLICATION_JSON}); otherwise the
     * application starts as for any command.
     */
    public synchronized void withoutApplication() {
        if (context != null) {
            throw new IllegalStateException("The application is already running");
        }
        withoutApplication = true;
    }

    /**
     * Hands the application's environment, once prepared and before any bean exists, to {@code listener}: work that
     * needs only the settings can start on a thread of its own while the application starts. Not called when no
     * application starts ({@link #withoutApplication}).
     */
    public synchronized void onEnvironmentPrepared(Consumer<ConfigurableEnvironment> listener) {
        if (context != null) {
            throw new IllegalStateException("The application is already running");
        }
        environmentListeners.add(listener);
    }

    /** A launcher for a second application, started the same way (e.g. on another database, see {@link #override}). */
    public ApplicationContextLauncher another() {
        return new ApplicationContextLauncher(home, customizer);
    }

    public synchronized <T> T bean(Class<T> type) {
        if (plain != null || context == null && withoutApplicationPossible()) {
            return type.cast(plainBean(type));
        }
        return context().getBean(type);
    }

    private boolean withoutApplicationPossible() {
        return withoutApplication && !scheduler && !portal && overrides.isEmpty() && customizer == NO_CUSTOMIZATION
                && System.getenv("SPRING_APPLICATION_JSON") == null && System.getProperty("spring.application.json") == null;
    }

    private Object plainBean(Class<?> type) {
        if (plain == null) {
            plain = PlainWarehouse.open(homeProperties(), HomeSettings.of(home).defaultWarehouse(System.getenv(), System.getProperties())
                    .flatMap(dataDir -> EmbeddedWarehouse.startAhead(dataDir, EmbeddedWarehouse.DEFAULT_DATABASE_NAME)));
        }
        if (type == WarehouseMigrator.class) {
            return new WarehouseMigrator(plain.dataSource());
        }
        if (type == SubmissionRegistry.class) {
            return new SubmissionRegistry(JdbcClient.create(plain.dataSource()));
        }
        if (type == IntakeProperties.class) {
            return plain.properties(IntakeProperties.class);
        }
        if (type == PreviousQuarterProjects.class) {
            return new PreviousQuarterProjects(JdbcClient.create(plain.dataSource()));
        }
        throw new IllegalStateException(type.getName() + " is not available without the application");
    }

    private synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(LienketApplication.class)
                    .web(portal ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(homeProperties());
            customizer.accept(builder);
            if (portal) {
                builder.sources(PortalConfiguration.class);
            }
            if (!scheduler && !portal) {
                overrides.putIfAbsent("spring.autoconfigure.exclude", CommandAutoConfigurations.excludedBut(
                        CommandAutoConfigurations.COMMAND_LINE, LienketApplication.class.getClassLoader()));
                builder.lazyInitialization(true);
            } else {
                List<String> excluded = new ArrayList<>();
                if (!scheduler) {
                    excluded.add(QUARTZ);
                }
                if (!portal) {
                    excluded.addAll(PortalConfiguration.WEB_AUTO_CONFIGURATIONS);
                }
                if (!excluded.isEmpty()) {
                    overrides.putIfAbsent("spring.autoconfigure.exclude", String.join(",", excluded));
                }
            }
            List<Consumer<ConfigurableEnvironment>> listeners = List.copyOf(environmentListeners);
            if (!listeners.isEmpty()) {
                builder.listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                        listeners.forEach(listener -> listener.accept(prepared.getEnvironment()));
                    }
                });
            }
            if (!overrides.isEmpty()) {
                builder.initializers(applicationContext -> applicationContext.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("lienket-command-overrides", overrides)));
            }
            // application.yml says web-application-type none, and Spring binds it over the builder's choice; only a
            // command-line property outranks the configuration files before that binding
            context = portal ? builder.run("--spring.main.web-application-type=servlet") : builder.run();
        }
        return context;
    }

    /**
     * The home as {@code lienket.home} (the built-in defaults resolve {@code data/} under it) and the
     * home's {@code config/} instead of the working directory's.
     */
    private Map<String, Object> homeProperties() {
        return Map.of(
                InstallationHome.SYSTEM_PROPERTY, home.directory().toString(),
                "spring.config.location", "optional:classpath:/,optional:classpath:/config/,optional:file:"
                        + home.configDirectory() + "/");
    }

    /**
     * The process ends once this launcher is closed ({@code lienket} as users start it, not a test running commands
     * in its own JVM): the embedded warehouse is then asked to stop without waiting for its shutdown checkpoint
     * ({@link EmbeddedWarehouse#stopWithoutWaitingOnClose}), which the next command's start waits for instead.
     */
    synchronized void processEndsAtClose() {
        processEndsAtClose = true;
    }

    @Override
    public synchronized void close() {
        if (processEndsAtClose) {
            embeddedWarehouseStarted().forEach(EmbeddedWarehouse::stopWithoutWaitingOnClose);
        }
        if (context != null) {
            context.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    /** The embedded warehouse the application or the plain warehouse started, without starting one (beans are lazy). */
    private List<EmbeddedWarehouse> embeddedWarehouseStarted() {
        List<EmbeddedWarehouse> started = new ArrayList<>();
        if (context != null && context.isActive()) {
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            for (String name : beans.getBeanNamesForType(EmbeddedWarehouse.class, false, false)) {
                if (beans.getSingleton(name) instanceof EmbeddedWarehouse warehouse) {
                    started.add(warehouse);
                }
            }
        }
        if (plain != null) {
            plain.embedded().ifPresent(started::add);
        }
        return started;
    }
}
