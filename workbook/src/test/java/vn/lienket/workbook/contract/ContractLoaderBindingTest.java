package vn.lienket.workbook.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ContractLoader} binds the YAML by hand; Jackson bound it before, and its binding is the yardstick: every
 * released version must read the same, key for key and number for number, or a rule would change meaning for
 * workbooks already checked under it.
 */
class ContractLoaderBindingTest {

    private static final ObjectReader JACKSON = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(ContractLoader.ContractFile.class);

    @Test
    void everyReleasedVersionBindsAsJacksonBindsIt() throws IOException {
        int versions = 0;
        for (WorkbookContract version : WorkbookContracts.released().all()) {
            byte[] yaml = resource(WorkbookContracts.resourceOf(version.version()));
            ContractLoader.ContractFile ours = ContractLoader.bind(new ByteArrayInputStream(yaml), version.version());
            assertThat(ours).as(version.version()).isEqualTo(JACKSON.readValue(yaml));
            assertThat(ours.sheets()).as(version.version()).isNotEmpty();
            versions++;
        }
        assertThat(versions).isPositive();
    }

    @Test
    void nullsQuotedNumbersAndFlowMappingsBindAsJacksonBindsThem() {
        String yaml = """
                version: v9
                effective_from: 2030-01-01
                number_convention_default: ~
                plausibility: {capital_change_factor: 2.50}
                enumerations:
                  ocop_star:
                    - {code: "3", vi: 3 sao, en: null, synonyms: [ba sao, '3*']}
                sheets:
                  - key: investment
                    name: DuAn
                    layout: table
                    columns:
                      - {field: capital, vi: Vốn, type: decimal, required: true, min: 0, max: 999999999999999.999,
                         codes: {below_min: capital_negative}, width: 18}
                      - field: note
                        type: text
                        ignored: false
                        max_length:
                    rules:
                      - {code: disbursed_over_registered, severity: warning, left: [disbursed_capital], right: registered_capital}
                """;
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);

        ContractLoader.ContractFile ours = ContractLoader.bind(new ByteArrayInputStream(bytes), "v9");

        assertThat(ours).isEqualTo(JACKSON.readValue(bytes));
        assertThat(ours.sheets().get(0).columns().get(0).max()).isEqualByComparingTo("999999999999999.999");
        assertThat(ours.enumerations().get("ocop_star").get(0).code()).isEqualTo("3");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithItsFileAndLine() {
        String yaml = """
                version: v9
                sheets:
                  - key: investment
                    columns:
                      - {field: capital, width: wide}
                """;

        assertThatThrownBy(() -> ContractLoader.bind(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "workbook-contract-v9.yaml"))
                .isInstanceOf(ContractLoader.InvalidContractException.class)
                .hasMessageContaining("workbook-contract-v9.yaml, line 5")
                .hasMessageContaining("expected a whole number, not 'wide'");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ContractLoader.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
