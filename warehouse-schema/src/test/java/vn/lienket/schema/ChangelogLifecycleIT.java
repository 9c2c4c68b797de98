package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangelogLifecycleIT {

    /** Every table with its row count: what a second update must leave untouched. */
    private static final String TABLE_ROW_COUNTS = """
            SELECT table_name || '=' || (xpath('/row/n/text()',
                       query_to_xml(format('SELECT count(*) AS n FROM %I', table_name), false, true, '')))[1]::text
              FROM information_schema.tables
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
             ORDER BY table_name
            """;

    @Test
    void appliesToAnEmptyDatabaseAndASecondUpdateChangesNothing() {
        Warehouse warehouse = Warehouse.migrated("schema_idempotent");
        List<String> before = warehouse.strings(TABLE_ROW_COUNTS);

        SchemaMigrations.update(warehouse.database());

        assertThat(SchemaMigrations.unrunChangeSets(warehouse.database())).isEmpty();
        assertThat(warehouse.strings(TABLE_ROW_COUNTS)).isEqualTo(before)
                .contains("dim_province=97", "province_crosswalk=63", "dim_quarter=130");
    }

    @Test
    void rollsBackToAnEmptySchemaAndAppliesAgain() {
        Warehouse warehouse = Warehouse.migrated("schema_rollback");
        int changeSets = (int) warehouse.number("SELECT count(*) FROM databasechangelog");

        SchemaMigrations.rollbackCount(warehouse.database(), changeSets);

        assertThat(warehouse.strings("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name
                """)).containsExactly("databasechangelog", "databasechangeloglock");
        assertThat(warehouse.strings("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'S'
                """)).isEmpty();
        assertThat(warehouse.strings("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
                """)).isEmpty();
        assertThat(warehouse.number("SELECT count(*) FROM databasechangelog")).isZero();

        SchemaMigrations.update(warehouse.database());

        assertThat(warehouse.number("SELECT count(*) FROM databasechangelog")).isEqualTo(changeSets);
    }

    @Test
    void createsTheTablesOfSpringBatchAndQuartz() {
        Warehouse warehouse = Warehouse.migrated("schema_batch_quartz");

        assertThat(warehouse.strings("""
                SELECT upper(table_name) FROM information_schema.tables
                 WHERE table_schema = 'public' AND (table_name LIKE 'batch\\_%' OR table_name LIKE 'qrtz\\_%')
                """)).contains("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
                "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT",
                "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_LOCKS",
                "QRTZ_SCHEDULER_STATE");
        assertThat(warehouse.number("SELECT nextval('batch_job_instance_seq')")).isEqualTo(1);
    }
}
