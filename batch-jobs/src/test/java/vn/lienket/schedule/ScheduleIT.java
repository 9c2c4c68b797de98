package vn.lienket.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.OperationsTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule in one process: jobs and triggers in PostgreSQL, runs recorded, misfires fired once. */
@SpringBootTest(classes = OperationsTestApplication.class, properties = {
        "lienket.schedule.inbox-scan=* * * * * ?",
        "lienket.schedule.reminders=0 0 8 * * ?",
        "lienket.schedule.scorecards=-",
        "lienket.schedule.mail-retry=-"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ScheduleIT {

    @TempDir
    static Path root;

    @Autowired
    Scheduler scheduler;
    @Autowired
    ScheduleInstaller installer;
    @Autowired
    ScheduleRuns runs;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useDirectoriesUnder(root, registry);
    }

    @BeforeEach
    void noHistory() {
        OperationsTestApplication.reset(jdbc);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.standby();
        scheduler.clear();
    }

    @Test
    void installsTheConfiguredTasksAndLeavesOutTheDisabledOnes() throws Exception {
        List<String> installed = installer.install(scheduler);

        assertThat(installed).containsExactly("inbox-scan", "reminders");
        assertThat(runs.nextFires()).extracting(ScheduleRuns.NextFire::task).containsExactlyInAnyOrder("inbox-scan", "reminders");
        assertThat(runs.nextFires()).filteredOn(fire -> fire.task().equals("reminders")).singleElement()
                .satisfies(fire -> {
                    assertThat(fire.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
                    assertThat(fire.cron()).isEqualTo("0 0 8 * * ?");
                    assertThat(fire.nextFireAt()).hasValueSatisfying(at ->
                            assertThat(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getHour()).isEqualTo(8));
                });
    }

    @Test
    void reinstallingKeepsTheNextFireOfAnUnchangedTrigger() throws Exception {
        installer.install(scheduler);
        TriggerKey reminders = TriggerKey.triggerKey("reminders", ScheduledTask.GROUP);
        jdbc.sql("UPDATE qrtz_triggers SET next_fire_time = 42 WHERE trigger_name = 'reminders'").update();

        installer.install(scheduler);

        assertThat(scheduler.getTrigger(reminders).getNextFireTime().getTime()).isEqualTo(42);
    }

    @Test
    void eachFireRunsOnceAndIsRecorded() throws Exception {
        installer.install(scheduler);
        scheduler.start();

        awaitRuns("inbox-scan", 3, Duration.ofSeconds(20));

        scheduler.standby();
        List<ScheduleRuns.Run> finished = jdbc.sql("""
                        SELECT scheduled_fire_at, recovering, node, started_at, finished_at, outcome, summary FROM schedule_run
                        WHERE task = 'inbox-scan' AND finished_at IS NOT NULL ORDER BY scheduled_fire_at, started_at""")
                .query((row, n) -> new ScheduleRuns.Run("inbox-scan", row.getTimestamp("scheduled_fire_at").toInstant(),
                        row.getBoolean("recovering"), row.getString("node"), row.getTimestamp("started_at").toInstant(),
                        Optional.of(row.getTimestamp("finished_at").toInstant()), Optional.ofNullable(row.getString("outcome")),
                        Optional.ofNullable(row.getString("summary"))))
                .list();
        Instant first = finished.get(0).scheduledFireAt();
        assertThat(finished).extracting(ScheduleRuns.Run::scheduledFireAt)
                .as("every second's fire from the first to the last ran, each once")
                .hasSizeGreaterThanOrEqualTo(3)
                .isEqualTo(IntStream.range(0, finished.size()).mapToObj(second -> first.plusSeconds(second)).toList());
        assertThat(finished).allSatisfy(run -> {
            assertThat(run.node()).as("the node that ran it").isEqualTo(scheduler.getSchedulerInstanceId());
            assertThat(run.recovering()).isFalse();
            assertThat(run.outcome()).as("its result").contains("ok");
            assertThat(run.summary()).hasValueSatisfying(summary -> assertThat(summary).startsWith("seen 0"));
        });
        assertThat(runs.latest()).filteredOn(run -> run.task().equals("inbox-scan")).singleElement()
                .satisfies(run -> {
                    assertThat(run.node()).isEqualTo(scheduler.getSchedulerInstanceId());
                    assertThat(run.summary()).hasValueSatisfying(summary -> assertThat(summary).startsWith("seen 0"));
                });
    }

    @Test
    void fireOnceNowAfterDowntimeNotOncePerMissedFire() throws Exception {
        installer.install(scheduler);
        scheduler.pauseJob(org.quartz.JobKey.jobKey("inbox-scan", ScheduledTask.GROUP));
        long tenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        jdbc.sql("UPDATE qrtz_triggers SET next_fire_time = :t WHERE trigger_name = 'reminders'").param("t", tenMinutesAgo).update();
        jdbc.sql("UPDATE qrtz_cron_triggers SET cron_expression = '0 * * * * ?' WHERE trigger_name = 'reminders'").update();

        awayFromTheNextMinute(Duration.ofSeconds(15));
        scheduler.start();
        awaitRuns("reminders", 1, Duration.ofSeconds(20));
        Thread.sleep(3_000);

        assertThat(jdbc.sql("SELECT count(*) FROM schedule_run WHERE task = 'reminders'").query(Long.class).single())
                .as("ten missed fires run once").isEqualTo(1);
    }

    /**
     * The cron fires at second 0 of every minute: a regular fire landing inside the observation window would
     * be a second, legitimate run. Start far enough from the next minute that the window holds none.
     */
    private static void awayFromTheNextMinute(Duration margin) throws InterruptedException {
        long millisIntoMinute = System.currentTimeMillis() % 60_000;
        if (60_000 - millisIntoMinute < margin.toMillis()) {
            Thread.sleep(60_000 - millisIntoMinute + 500);
        }
    }

    private void awaitRuns(String task, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long done = jdbc.sql("SELECT count(*) FROM schedule_run WHERE task = :task AND outcome IS NOT NULL")
                    .param("task", task).query(Long.class).single();
            if (done >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(task + " did not run " + count + " times within " + timeout);
    }
}
