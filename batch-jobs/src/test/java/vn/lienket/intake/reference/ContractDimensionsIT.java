package vn.lienket.intake.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.contract.EnumValue;

/**
 * The guarantee the fact tables do not repeat per row, checked when the build runs rather than before
 * every load: every code the workbook contract lets through is a code of its dimension in the migrated
 * warehouse (the facts carry no foreign keys to the code dimensions, see warehouse-schema/README.md). A
 * contract released without its dimension rows fails here. OCOP product groups are not listed: the check
 * takes them from the dimension itself.
 */
@SpringBootTest(classes = IntakeTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ContractDimensionsIT {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "investment_status | SELECT code FROM dim_investment_status",
            "sector            | SELECT code FROM dim_sector",
            "event_type        | SELECT code FROM dim_event_type",
            "event_level       | SELECT code FROM dim_event_level",
            "ocop_star         | SELECT star::text FROM dim_ocop_star"})
    void everyCodeTheContractAllowsIsACodeOfItsDimension(String enumeration, String dimensionCodes) {
        List<String> contractCodes = WorkbookContracts.released().latest().enumeration(enumeration).stream().map(EnumValue::code).toList();

        assertThat(jdbc.sql(dimensionCodes).query(String.class).list()).as(enumeration).containsAll(contractCodes);
    }
}
