package vn.lienket.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.lienket.app.LienketApplication;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.portal.PortalConfiguration;

/**
 * Starts the Spring application the first time a command asks for a bean, and stops it at exit.
 * Quartz is left out unless the command runs the scheduler ({@link #withScheduler()}), and the web
 * server, Spring Security and Thymeleaf unless it serves the portal ({@link #withPortal()}): no other
 * command fires jobs or answers HTTP, so none pays for starting them.
 */
public final class ApplicationContextLauncher implements AutoCloseable {

    private static final String QUARTZ = "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration";

    private final InstallationHome home;
    private final Consumer<SpringApplicationBuilder> customizer;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private ConfigurableApplicationContext context;
    private boolean scheduler;
    private boolean portal;

    ApplicationContextLauncher(InstallationHome home, Consumer<SpringApplicationBuilder> customizer) {
        this.home = home;
        this.customizer = customizer;
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

    /** The command runs the Quartz scheduler ({@code serve}): its auto-configuration is kept. */
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

    /** A launcher for a second application, started the same way (e.g. on another database, see {@link #override}). */
    public ApplicationContextLauncher another() {
        return new ApplicationContextLauncher(home, customizer);
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
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

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
        }
    }
}
