package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class AuditChainIT {

    /** Each entry's recorded hash against its recomputed content, and its link to the entry before it. */
    private static final String CHAIN_CHECK = """
            SELECT chain_position || ':' || (entry_hash = audit_log_entry_hash(audit_log))
                   || ':' || (previous_hash = coalesce(lag(entry_hash) OVER (ORDER BY chain_position), repeat('0', 64)))
              FROM audit_log ORDER BY chain_position
            """;

    @Test
    void entriesWrittenBeforeTheChainExistedAreChainedInTheOrderOfTheirIds() throws SQLException {
        Warehouse warehouse = Warehouse.migrated("schema_audit_chain_upgrade");
        long laterChangeSets = warehouse.number("""
                SELECT count(*) FROM databasechangelog
                 WHERE orderexecuted >= (SELECT orderexecuted FROM databasechangelog WHERE id = '0.2.0-audit-chain')
                """);
        SchemaMigrations.rollbackCount(warehouse.database(), (int) laterChangeSets);
        assertThat(warehouse.number("""
                SELECT count(*) FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name = 'entry_hash'
                """)).isZero();
        warehouse.execute("INSERT INTO audit_log (actor, action, details) VALUES ('Sở Công Thương Lâm Đồng', 'received', '{\"rows\": 3}')");
        warehouse.execute("INSERT INTO audit_log (actor, action) VALUES ('intake', 'loaded')");

        SchemaMigrations.update(warehouse.database());
        warehouse.execute("INSERT INTO audit_log (actor, action) VALUES ('cli', 'rendered')");

        assertThat(warehouse.strings(CHAIN_CHECK)).containsExactly("1:true:true", "2:true:true", "3:true:true");
        assertThat(warehouse.strings("SELECT action FROM audit_log ORDER BY chain_position"))
                .containsExactly("received", "loaded", "rendered");
    }

    @Test
    void anEntryChangedWithTheTriggersOffNoLongerMatchesItsHash() throws SQLException {
        Warehouse warehouse = Warehouse.migrated("schema_audit_chain_tamper");
        warehouse.execute("INSERT INTO audit_log (actor, action) VALUES ('intake', 'received')");
        warehouse.execute("INSERT INTO audit_log (actor, action) VALUES ('intake', 'loaded')");

        warehouse.execute("""
                DO $$ BEGIN
                  ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete;
                  UPDATE audit_log SET actor = 'someone else' WHERE chain_position = 1;
                  ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete;
                END $$""");

        assertThat(warehouse.strings(CHAIN_CHECK)).containsExactly("1:false:true", "2:true:true");
    }

    @Test
    void rendersMailsAndConfigurationChangesAreLoggedWhicheverWayTheyCome() throws SQLException {
        Warehouse warehouse = Warehouse.migrated("schema_audit_events");
        warehouse.execute("""
                INSERT INTO recipient (email, programme_key) SELECT 'lanhdao@tphcm.gov.vn', programme_key FROM dim_programme WHERE code = 'HCMC_TN'""");
        warehouse.execute("DELETE FROM recipient");
        warehouse.execute("""
                INSERT INTO programme_target (programme_key, kpi_code, year, target_value)
                SELECT programme_key, 'events_held', 2026, 60 FROM dim_programme WHERE code = 'HCMC_TN'""");
        warehouse.execute("UPDATE programme_target SET target_value = 75");
        warehouse.execute("""
                INSERT INTO scorecard (kind, subject_code, quarter_key, view, language, subject_name, pdf_path, pdf_sha256, xlsx_path,
                                       xlsx_sha256, data_as_of, included_submission_ids)
                VALUES ('programme', 'HCMC_TN', 20261, 'current', 'vi', 'TP.HCM – Tây Nguyên', '/out/a.pdf', ?, '/out/a.xlsx', ?, now(), '{}')
                """, "aa".repeat(32), "bb".repeat(32));
        warehouse.execute("""
                INSERT INTO mail_message (dedup_key, kind, recipient, subject, body) VALUES ('k', 'scorecard', 'lanhdao@tphcm.gov.vn', 'Bảng đánh giá', '')""");
        warehouse.execute("""
                INSERT INTO mail_attachment (mail_message_id, position, file_name, path, content_type, sha256, size_bytes)
                SELECT mail_message_id, 1, 'a.pdf', '/out/a.pdf', 'application/pdf', ?, 10 FROM mail_message""", "aa".repeat(32));
        warehouse.execute("UPDATE mail_message SET attempts = 1");
        warehouse.execute("UPDATE mail_message SET status = 'sent', sent_at = now()");

        assertThat(warehouse.strings("""
                SELECT action || ' ' || coalesce(details ->> 'list', details ->> 'programme', details ->> 'subject', '')
                       || ' ' || coalesce(details ->> 'after', file_sha256, details #>> '{attachments,0,sha256}', '')
                  FROM audit_log ORDER BY chain_position""")).containsExactly(
                "recipient-added programme:HCMC_TN ",
                "recipient-removed programme:HCMC_TN ",
                "target-set HCMC_TN 60.000",
                "target-changed HCMC_TN 75.000",
                "rendered HCMC_TN " + "aa".repeat(32),
                "mailed Bảng đánh giá " + "aa".repeat(32));
        assertThat(warehouse.strings(CHAIN_CHECK)).allMatch(link -> link.endsWith(":true:true")).hasSize(6);
    }
}
