package vn.lienket.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresIT {

    @Test
    void eachCallerGetsItsOwnEmptyUtf8Database() throws Exception {
        TestPostgres.Database first = TestPostgres.shared().createDatabase("first");
        TestPostgres.Database second = TestPostgres.shared().createDatabase("second");

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
            ResultSet encoding = statement.executeQuery("SHOW server_encoding");
            encoding.next();
            assertThat(encoding.getString(1)).isEqualTo("UTF8");
        }
        try (Connection connection = second.connect(); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void databaseNameIsReplacedKeepingParameters() {
        assertThat(TestPostgres.replaceDatabase("jdbc:postgresql://127.0.0.1:5432/test?sslmode=disable", "x1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x1?sslmode=disable");
        assertThat(TestPostgres.replaceDatabase("jdbc:postgresql://localhost/postgres", "x2"))
                .isEqualTo("jdbc:postgresql://localhost/x2");
    }
}
