package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.quartz.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.portal.PortalServer;
import vn.lienket.schedule.ScheduleInstaller;

/**
 * {@code lienket serve}: brings the schema up to date, serves the portal on {@code SERVER_PORT}
 * (default 8080; the URL is printed), writes the configured schedule into Quartz's tables and runs the
 * scheduler as one node of the cluster until the process is stopped (Ctrl-C, SIGTERM: running tasks
 * finish first) or {@code --duration} has passed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand extends WarehouseCommand {

    @Option(names = "--duration", paramLabel = "PT8H", descriptionKey = "lienket.serve.duration")
    private Duration duration;

    ServeCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected void checkInput() {
        application.withScheduler();
        application.withPortal();
    }

    @Override
    protected boolean createsWarehouse() {
        return true;
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        Scheduler scheduler = bean(Scheduler.class);
        List<String> tasks = bean(ScheduleInstaller.class).install(scheduler);
        scheduler.start();
        out.println(messages.get("serve.started", scheduler.getSchedulerInstanceId(), String.join(", ", tasks)));
        out.println(messages.get("serve.portal", bean(PortalServer.class).url()));
        out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        if (duration == null) {
            forever.await();
        } else {
            forever.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            scheduler.shutdown(true);
            out.println(messages.get("serve.stopped", scheduler.getSchedulerInstanceId()));
        }
        return ExitCodes.SUCCESS;
    }
}
