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
}
