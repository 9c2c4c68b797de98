package vn.lienket.app.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import vn.lienket.app.home.InstallationHome;
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

    private ApplicationContextLauncher launcher() {
        return new ApplicationContextLauncher(new InstallationHome(home),
                builder -> builder.initializers(new PostgresTestInitializer(database)));
    }
}
