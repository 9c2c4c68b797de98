package vn.lienket.workbook.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookContractsTest {

    private static final LocalDate V2_FROM = LocalDate.of(2027, 1, 1);

    @Test
    void theReleasedVersionsStartWithV1InForceFromTheFirstEraTheWarehouseKnows() {
        WorkbookContracts released = WorkbookContracts.released();

        assertThat(released.all()).extracting(WorkbookContract::version).startsWith(WorkbookContracts.FIRST_VERSION);
        assertThat(released.version("v1").effectiveFrom()).isEqualTo(LocalDate.of(2008, 8, 1));
        assertThat(released.inForceOn(LocalDate.of(2024, 10, 5)).version()).isEqualTo("v1");
    }

    @Test
    void aFileIsCheckedUnderTheVersionInForceOnItsDay() throws IOException {
        WorkbookContracts contracts = WorkbookContracts.of(List.of(v1(), copyOfV1("v2", V2_FROM)));

        assertThat(contracts.inForceOn(V2_FROM.minusDays(1)).version()).isEqualTo("v1");
        assertThat(contracts.inForceOn(V2_FROM).version()).isEqualTo("v2");
        assertThat(contracts.latest().version()).isEqualTo("v2");
        assertThat(contracts.version("v1")).isSameAs(contracts.all().get(0));
    }

    @Test
    void anUnknownVersionIsNamedWithTheVersionsTheBuildHas() {
        assertThatThrownBy(() -> WorkbookContracts.released().version("v7"))
                .hasMessageContaining("No workbook contract v7").hasMessageContaining("[v1");
    }

    @Test
    void versionsMustBeNumberedInOrderAndTakeEffectOneAfterTheOther() throws IOException {
        assertThatThrownBy(() -> WorkbookContracts.of(List.of(v1(), copyOfV1("v3", V2_FROM))))
                .hasMessageContaining("must be v2");
        assertThatThrownBy(() -> WorkbookContracts.of(List.of(v1(), copyOfV1("v2", LocalDate.of(2008, 8, 1)))))
                .hasMessageContaining("take effect after v1");
        assertThatThrownBy(() -> WorkbookContracts.of(List.of(copyOfV1("v2", V2_FROM))))
                .hasMessageContaining("first workbook contract must be v1");
    }

    @Test
    void aContractWithoutItsDayOfEffectIsRefused() throws IOException {
        String withoutDay = v1Yaml().replace("effective_from: 2008-08-01\n", "");

        assertThatThrownBy(() -> ContractLoader.load(bytes(withoutDay), "workbook-contract-v1.yaml"))
                .isInstanceOf(ContractLoader.InvalidContractException.class)
                .hasMessageContaining("workbook-contract-v1.yaml: no 'effective_from'");
    }

    private static WorkbookContract v1() {
        return WorkbookContracts.released().version("v1");
    }

    private static WorkbookContract copyOfV1(String version, LocalDate effectiveFrom) throws IOException {
        String yaml = v1Yaml().replace("version: v1\n", "version: " + version + "\n")
                .replace("effective_from: 2008-08-01\n", "effective_from: " + effectiveFrom + "\n");
        return ContractLoader.load(bytes(yaml), version);
    }

    private static String v1Yaml() throws IOException {
        try (InputStream in = WorkbookContracts.class.getClassLoader()
                .getResourceAsStream(WorkbookContracts.resourceOf("v1"))) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("version: v1\n", "effective_from: 2008-08-01\n");
            return yaml;
        }
    }

    private static ByteArrayInputStream bytes(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
