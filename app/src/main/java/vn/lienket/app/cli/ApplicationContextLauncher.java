package vn.lienket.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.lienket.app.LienketApplication;

/** Starts the Spring application the first time a command asks for a bean, and stops it at exit. */
public final class ApplicationContextLauncher implements AutoCloseable {

    private final Consumer<SpringApplicationBuilder> customizer;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private ConfigurableApplicationContext context;

    ApplicationContextLauncher(Consumer<SpringApplicationBuilder> customizer) {
        this.customizer = customizer;
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

    /** A launcher for a second application, started the same way (e.g. on another database, see {@link #override}). */
    public ApplicationContextLauncher another() {
        return new ApplicationContextLauncher(customizer);
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(LienketApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false);
            customizer.accept(builder);
            if (!overrides.isEmpty()) {
                builder.initializers(applicationContext -> applicationContext.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("lienket-command-overrides", overrides)));
            }
            context = builder.run();
        }
        return context;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
        }
    }
}
