package vn.lienket.app.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.FilterChainProxy;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.portal.PortalServer;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationContextLauncherIT {

    @TempDir
    Path home;

    private final TestPostgres.Database database = TestPostgres.shared().createDatabase("launcher");

    @Test
    void onlyACommandThatRunsTheSchedulerStartsQuartz() throws Exception {
        try (ApplicationContextLauncher application = launcher()) {
            assertThatThrownBy(() -> application.bean(Scheduler.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
        }
        try (ApplicationContextLauncher application = launcher()) {
            application.withScheduler();
            assertThat(application.bean(Scheduler.class).getSchedulerName()).isEqualTo("lienket");
        }
    }

    @Test
    void onlyACommandThatServesThePortalStartsTheWebServerAndSpringSecurity() throws Exception {
        try (ApplicationContextLauncher application = launcher()) {
            assertThat(application.bean(PortalUsers.class)).as("lienket users needs the accounts").isNotNull();
            assertThatThrownBy(() -> application.bean(FilterChainProxy.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
            assertThatThrownBy(() -> application.bean(PortalServer.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
            assertThatThrownBy(() -> application.bean(UserDetailsService.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
        }
        try (ApplicationContextLauncher application = launcher()) {
            application.withPortal();
            application.override("server.port", 0);
            assertThat(application.bean(PortalServer.class).url()).matches("http://localhost:[1-9][0-9]*/");
            assertThat(application.bean(FilterChainProxy.class)).isNotNull();
        }
    }

    private ApplicationContextLauncher launcher() {
        return new ApplicationContextLauncher(new InstallationHome(home),
                builder -> builder.initializers(new PostgresTestInitializer(database)));
    }
}
