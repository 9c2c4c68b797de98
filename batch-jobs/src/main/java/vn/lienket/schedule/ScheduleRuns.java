package vn.lienket.schedule;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of scheduled work in {@code schedule_run}, and the next fires Quartz has stored. */
@Repository
public class ScheduleRuns {

    private final JdbcClient jdbc;

    public ScheduleRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a fire for this node; empty when the fire was already claimed (a second delivery of the
     * same fire is then skipped, so a task runs at most once per fire even if the scheduler erred).
     */
    public Optional<Long> start(ScheduledTask task, Instant scheduledFireAt, boolean recovering, String node) {
        return jdbc.sql("""
                        INSERT INTO schedule_run (task, scheduled_fire_at, recovering, node)
                        VALUES (:task, :fireAt, :recovering, :node)
                        ON CONFLICT ON CONSTRAINT uq_schedule_run_fire DO NOTHING RETURNING schedule_run_id""")
                .param("task", task.taskName()).param("fireAt", Timestamp.from(scheduledFireAt))
                .param("recovering", recovering).param("node", node)
                .query(Long.class).optional();
    }

    public void finish(long runId, boolean ok, String summary) {
        jdbc.sql("UPDATE schedule_run SET finished_at = now(), outcome = :outcome, summary = :summary WHERE schedule_run_id = :id")
                .param("outcome", ok ? "ok" : "failed").param("summary", summary).param("id", runId).update();
    }

    /** The latest run of each task. */
    public List<Run> latest() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (task) task, scheduled_fire_at, recovering, node, started_at, finished_at, outcome, summary
                        FROM schedule_run ORDER BY task, started_at DESC""")
                .query((row, n) -> new Run(row.getString("task"), row.getTimestamp("scheduled_fire_at").toInstant(),
                        row.getBoolean("recovering"), row.getString("node"), row.getTimestamp("started_at").toInstant(),
                        Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(row.getString("outcome")), Optional.ofNullable(row.getString("summary"))))
                .list();
    }

    /** Next fire of each installed task, read from Quartz's tables (no scheduler needs to run). */
    public List<NextFire> nextFires() {
        return jdbc.sql("""
                        SELECT t.trigger_name, c.cron_expression, c.time_zone_id, t.next_fire_time, t.trigger_state
                        FROM qrtz_triggers t LEFT JOIN qrtz_cron_triggers c
                          ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name AND c.trigger_group = t.trigger_group
                        WHERE t.trigger_group = :group ORDER BY t.next_fire_time""")
                .param("group", ScheduledTask.GROUP)
                .query((row, n) -> {
                    long next = row.getLong("next_fire_time");
                    return new NextFire(row.getString("trigger_name"), row.getString("cron_expression"),
                            row.getString("time_zone_id"), next > 0 ? Optional.of(Instant.ofEpochMilli(next)) : Optional.empty(),
                            row.getString("trigger_state"));
                })
                .list();
    }

    public record Run(String task, Instant scheduledFireAt, boolean recovering, String node, Instant startedAt,
                      Optional<Instant> finishedAt, Optional<String> outcome, Optional<String> summary) {
    }

    public record NextFire(String task, String cron, String timeZone, Optional<Instant> nextFireAt, String state) {
    }
}
