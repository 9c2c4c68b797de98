package vn.lienket.app.cli;

import java.util.function.Consumer;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienket.app.LienketApplication;

/** Starts the Spring application the first time a command asks for a bean, and stops it at exit. */
public final class ApplicationContextLauncher implements AutoCloseable {

    private final Consumer<SpringApplicationBuilder> customizer;
    private ConfigurableApplicationContext context;

    ApplicationContextLauncher(Consumer<SpringApplicationBuilder> customizer) {
        this.customizer = customizer;
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
