package vn.lienket.testsupport;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one way a test empties a migrated warehouse between tests: every table that submissions, loads,
 * renders, mails, the inbox, the schedule and the portal's accounts write is truncated, and the reference data (provinces,
 * eras, programmes, quarters, code lists, KPI catalogue) is kept. The append-only guards of the audit
 * log and the scorecard registry are lifted for the truncation only.
 */
public final class WarehouseReset {

    private static final List<String> STATEMENTS = List.of(
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate",
            "ALTER TABLE scorecard DISABLE TRIGGER scorecard_no_truncate",
            """
            TRUNCATE submission, fact_investment_snapshot, fact_ocop_snapshot, fact_event, batch_job_instance,
                     inbox_observation, inbox_file, mail_message, mail_attachment, recipient, schedule_run,
                     programme_target, scorecard, audit_log, portal_api_token, portal_user_programme,
                     portal_user_province, portal_user, quarter_deadline CASCADE""",
            "ALTER TABLE scorecard ENABLE TRIGGER scorecard_no_truncate",
            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate");

    private WarehouseReset() {
    }

    /**
     * @param execute runs one SQL statement on the test's database, e.g. {@code sql -> jdbc.sql(sql).update()}
     */
    public static void empty(Consumer<String> execute) {
        STATEMENTS.forEach(execute);
    }
}
