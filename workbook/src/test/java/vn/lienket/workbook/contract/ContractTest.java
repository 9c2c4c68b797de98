package vn.lienket.workbook.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.report.Messages;

class ContractTest {

    private static final Path WAREHOUSE_REFERENCE = Path.of("../warehouse-schema/src/main/resources/db/reference");
    private final WorkbookContract contract = WorkbookContracts.released().latest();

    @ParameterizedTest
    @CsvSource({"investment_status,investment_statuses.csv", "sector,sectors.csv", "event_type,event_types.csv",
            "event_level,event_levels.csv"})
    void enumerationsCarryExactlyTheWarehouseCodesAndItsVietnameseLabelsAreAccepted(String enumeration, String csv)
            throws IOException {
        List<String[]> rows = Files.readAllLines(WAREHOUSE_REFERENCE.resolve(csv), StandardCharsets.UTF_8).stream()
                .skip(1).map(ContractTest::csvLine).toList();
        List<EnumValue> values = contract.enumeration(enumeration);

        assertThat(values).extracting(EnumValue::code).containsExactlyElementsOf(rows.stream().map(r -> r[0]).toList());
        for (String[] row : rows) {
            EnumValue value = values.stream().filter(v -> v.code().equals(row[0])).findFirst().orElseThrow();
            assertThat(Folding.fold(value.labelVi())).as(row[0]).isEqualTo(Folding.fold(row[1]));
        }
    }

    @Test
    void aMisspeltKeyInTheContractIsRefusedWithItsNameAndFile() {
        String yaml = """
                version: v9
                sheets:
                  - key: investment
                    name: DuAn
                    layout: table
                    columns:
                      - {field: project_code, vi: "Mã dự án", type: text, requried: true}
                """;

        assertThatThrownBy(() -> ContractLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "workbook-contract-v9.yaml"))
                .isInstanceOf(ContractLoader.InvalidContractException.class)
                .hasMessageContaining("workbook-contract-v9.yaml, line 7")
                .hasMessageContaining("unknown key 'requried'")
                .hasMessageContaining("required");
    }

    @Test
    void theReleasedContractReadsEveryRuleItStates() {
        ColumnContract projectCode = contract.sheet(WorkbookContract.INVESTMENT).columns().stream()
                .filter(c -> c.field().equals("project_code")).findFirst().orElseThrow();

        assertThat(projectCode.required()).isTrue();
        assertThat(projectCode.maxLength()).isEqualTo(64);
        assertThat(contract.capitalChangeFactor()).isEqualByComparingTo("10");
        assertThat(contract.sheet(WorkbookContract.INVESTMENT).rules()).extracting(CrossFieldRule::anchor)
                .containsExactly("disbursed_capital", "operation_date");
    }

    @Test
    void ocopStarsAreThreeToFive() {
        assertThat(contract.enumeration("ocop_star")).extracting(EnumValue::code).containsExactly("3", "4", "5");
    }

    @Test
    void everyProblemCodeTheCodeOrTheContractCanRaiseHasAVietnameseAndAnEnglishMessage() throws IOException {
        Set<String> codes = new HashSet<>();
        for (SheetContract sheet : contract.sheets()) {
            sheet.rules().forEach(r -> codes.add(r.code()));
            sheet.columns().forEach(c -> codes.addAll(c.codes().values()));
            if (sheet.duplicateCode() != null) {
                codes.add(sheet.duplicateCode());
            }
        }
        Pattern raised = Pattern.compile("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        codes.remove("FILE_UNREADABLE_");
        Messages messages = new Messages();

        assertThat(codes).hasSizeGreaterThan(40)
                .allSatisfy(code -> assertThat(messages.has("problem." + code)).as(code).isTrue());
    }

    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_vi.properties")).isEqualTo(keys("messages_en.properties"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/vn/lienket/workbook", bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static String[] csvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
