package vn.lienket.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.intake.registry.AuditLog;

/**
 * The one owner of the deadlines: the rule of {@code lienket.deadline.*} and the deadlines an operator set for single
 * quarters ({@code quarter_deadline}, each with its reason; every change is in the audit log by trigger). The board,
 * {@code lienket status}, the reminders and the scorecards task all ask {@link #policy()}.
 */
@Repository
public class QuarterDeadlines {

    private final JdbcClient jdbc;
    private final DeadlinePolicy rule;
    private final AuditLog audit;

    public QuarterDeadlines(JdbcClient jdbc, DeadlineProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.rule = DeadlinePolicy.of(properties);
        this.audit = audit;
    }

    /** The rule with every deadline set so far, as of now. */
    public DeadlinePolicy policy() {
        Map<Quarter, LocalDate> set = new HashMap<>();
        jdbc.sql("SELECT quarter_key, deadline FROM quarter_deadline")
                .query(row -> {
                    set.put(Quarter.ofKey(row.getInt(1)), row.getObject(2, LocalDate.class));
                });
        return rule.withSetDeadlines(set);
    }

    /** The deadlines set for single quarters, newest quarter first. */
    public List<SetDeadline> list() {
        return jdbc.sql("SELECT quarter_key, deadline, reason, set_by, set_at FROM quarter_deadline ORDER BY quarter_key DESC")
                .query(QuarterDeadlines::setDeadline)
                .list();
    }

    /**
     * Sets (or replaces) a quarter's deadline.
     *
     * @param setBy who sets it: the portal account or the operating-system user of the command line
     * @throws DeadlineRefusedException when the day is not after the quarter or not before the end of the next one,
     *                                  or the reason is blank
     */
    public SetDeadline set(Quarter quarter, LocalDate deadline, String reason, String setBy) {
        if (!DeadlinePolicy.mayBeSet(quarter, deadline)) {
            throw new DeadlineRefusedException("deadlines.outOfRange", quarter, deadline.format(VietnameseDates.DAY),
                    DeadlinePolicy.earliestSettable(quarter).format(VietnameseDates.DAY), DeadlinePolicy.latestSettable(quarter).format(VietnameseDates.DAY));
        }
        if (reason == null || reason.isBlank()) {
            throw new DeadlineRefusedException("deadlines.reasonMissing", quarter);
        }
        return jdbc.sql("""
                        INSERT INTO quarter_deadline (quarter_key, deadline, reason, set_by) VALUES (:quarter, :deadline, :reason, :by)
                        ON CONFLICT (quarter_key) DO UPDATE
                          SET deadline = EXCLUDED.deadline, reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = now()
                        RETURNING quarter_key, deadline, reason, set_by, set_at""")
                .param("quarter", quarter.key()).param("deadline", deadline).param("reason", reason.strip()).param("by", setBy)
                .query(QuarterDeadlines::setDeadline)
                .single();
    }

    /**
     * Removes the deadline set for a quarter: the rule's date applies to it again, at once. The audit log records
     * {@code deadline-removed} with who removed it ({@code by}) and who had set it.
     *
     * @param removedBy the portal account or the operating-system user of the command line
     * @return the deadline that was set, empty when the quarter had none (nothing changes then)
     */
    @Transactional
    public Optional<SetDeadline> remove(Quarter quarter, String removedBy) {
        audit.actAs(removedBy);
        return jdbc.sql("DELETE FROM quarter_deadline WHERE quarter_key = ? RETURNING quarter_key, deadline, reason, set_by, set_at")
                .param(quarter.key())
                .query(QuarterDeadlines::setDeadline)
                .optional();
    }

    /** Reads a row of {@code quarter_key, deadline, reason, set_by, set_at}. */
    private static SetDeadline setDeadline(ResultSet row, int n) throws SQLException {
        return new SetDeadline(Quarter.ofKey(row.getInt(1)), row.getObject(2, LocalDate.class), row.getString(3),
                row.getString(4), row.getObject(5, OffsetDateTime.class));
    }

    /** A quarter's deadline set by someone, replacing the rule's date. */
    public record SetDeadline(Quarter quarter, LocalDate deadline, String reason, String setBy, OffsetDateTime setAt) {
    }
}
