package vn.lienket.app.database;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class WarehouseMigratorIT {

    private final DataSource dataSource = TestPostgres.shared().createDatabase("migrator").dataSource();
    private final WarehouseMigrator migrator = new WarehouseMigrator(dataSource);
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @Test
    void aCurrentSchemaIsRecognisedByItsFingerprintAndAStaleOneGoesThroughLiquibaseAgain() {
        assertThat(migrator.migrate()).contains("0.1.0-eras", "0.2.0-schema-fingerprint");
        String recorded = jdbc.sql("SELECT fingerprint FROM schema_fingerprint").query(String.class).single();
        assertThat(recorded).isEqualTo(WarehouseMigrator.fingerprint()).hasSize(64);

        assertThat(migrator.migrate()).isEmpty();

        jdbc.sql("UPDATE schema_fingerprint SET fingerprint = repeat('0', 64)").update();
        jdbc.sql("DELETE FROM databasechangelog WHERE id = '0.2.0-schema-fingerprint'").update();
        jdbc.sql("DROP TABLE schema_fingerprint").update();

        assertThat(migrator.migrate()).containsExactly("0.2.0-schema-fingerprint");
        assertThat(jdbc.sql("SELECT fingerprint FROM schema_fingerprint").query(String.class).single()).isEqualTo(recorded);
        assertThat(migrator.status().upToDate()).isTrue();
    }
}
