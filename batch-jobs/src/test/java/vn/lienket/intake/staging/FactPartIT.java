package vn.lienket.intake.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.WorkbookContracts;

/**
 * The fact-part descriptions agree with the two things they describe: the migrated warehouse's tables
 * (a column added by a changeset but not described would never be written; a described column the
 * table lacks would fail every load) and the contract's sheets (a field the workbook carries but no
 * column stores would be dropped without a word).
 */
@SpringBootTest(classes = IntakeTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class FactPartIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPartWritesExactlyTheColumnsOfItsTableThatAreNotGenerated() {
        for (FactPart<?> part : FactPart.ALL) {
            List<String> tableColumns = jdbc.sql("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = current_schema() AND table_name = :table
                              AND is_identity = 'NO' AND coalesce(column_default, '') NOT LIKE 'nextval%'""")
                    .param("table", part.table()).query(String.class).list();

            assertThat(part.copyColumns()).as(part.table()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(tableColumns);
        }
    }

    /** COPY's binary format sends each value exactly as its column's type receives it: a wrong type fails every load. */
    @Test
    void everyColumnIsWrittenAsItsTablesType() {
        for (FactPart<?> part : FactPart.ALL) {
            List<String> columns = part.copyColumns();
            List<PgType> types = part.copyTypes();
            assertThat(types).as(part.table()).hasSameSizeAs(columns);
            for (int i = 0; i < columns.size(); i++) {
                String udtName = jdbc.sql("""
                                SELECT udt_name FROM information_schema.columns
                                WHERE table_schema = current_schema() AND table_name = :table AND column_name = :column""")
                        .param("table", part.table()).param("column", columns.get(i)).query(String.class).single();
                PgType type = types.get(i);
                assertThat(type.writes(udtName)).as("%s.%s is %s, written as %s", part.table(), columns.get(i), udtName, type)
                        .isTrue();
            }
        }
    }

    /** Every released version loads into the same tables: a field of any version has its column (NULL for the others). */
    @Test
    void everyFieldOfTheContractSheetIsStoredInOneColumn() {
        for (FactPart<?> part : FactPart.ALL) {
            List<String> contractFields = WorkbookContracts.released().all().stream()
                    .flatMap(contract -> contract.sheet(part.sheet()).dataColumns().stream())
                    .map(ColumnContract::field).distinct().toList();

            assertThat(part.columns()).as(part.sheet()).extracting(FactPart.Column::field)
                    .containsExactlyInAnyOrderElementsOf(contractFields);
        }
    }

    @Test
    void theDiffComparesEveryColumnButTheNaturalKeyAndThePartnerArray() {
        assertThat(FactPart.INVESTMENT.comparedColumns()).extracting(FactPart.Column::name)
                .contains("note", "registered_capital_bn").doesNotContain("project_code");
        assertThat(FactPart.EVENT.comparedColumns()).extracting(FactPart.Column::name)
                .contains("host_province_key").doesNotContain("event_name", "start_date", "partner_province_keys");
    }
}
