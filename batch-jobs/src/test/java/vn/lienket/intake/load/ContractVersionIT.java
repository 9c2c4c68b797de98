package vn.lienket.intake.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.WarehouseReset;
import vn.lienket.workbook.contract.ContractLoader;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second contract version, made here from the released v1: v2 renames the investment sheet's "Nhà đầu tư" column
 * to "Pháp nhân đầu tư" (the old header no longer accepted) from 1 July 2026. Files are checked and loaded under the
 * version in force on the day they were received, the registry and the receipts say which, and a replay of the archive
 * into an emptied warehouse loads each under the version its receipt recorded and comes to the same statuses and facts.
 */
@SpringBootTest(classes = {IntakeTestApplication.class, ContractVersionIT.TwoVersions.class})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ContractVersionIT {

    private static final String V2_INVESTOR = "Pháp nhân đầu tư";
    private static final OffsetDateTime BEFORE_V2 = OffsetDateTime.parse("2026-04-10T09:30:00+07:00");
    private static final OffsetDateTime AFTER_V2 = OffsetDateTime.parse("2026-07-10T10:00:00+07:00");
    /** 30 June 2026, 23:30 in Hà Nội: already 1 July in no time zone but the warehouse's own is what counts. */
    private static final OffsetDateTime LAST_EVENING_OF_V1 = OffsetDateTime.parse("2026-06-30T16:30:00Z");

    @TempDir
    static Path archiveDir;

    @TempDir
    Path work;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    SubmissionArchive archive;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> archiveDir.toString());
    }

    @BeforeEach
    void emptyWarehouse() {
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
    }

    @Test
    void eachFileIsCheckedUnderTheVersionInForceWhenItArrivedAndAReplayComesToTheSameStatusesAndFacts() throws Exception {
        Path v1Workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1")));
        Path v2Workbook = v2(WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 430)).writeXlsx(Files.createDirectories(work.resolve("v2")));
        Path lateV1Workbook = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 440).writeXlsx(Files.createDirectories(work.resolve("late")));

        IntakeResult first = intake.load(v1Workbook, "so-cong-thuong-lam-dong", BEFORE_V2);
        IntakeResult correction = intake.load(v2Workbook, "so-cong-thuong-lam-dong", AFTER_V2);
        IntakeResult oldTemplate = intake.load(lateV1Workbook, "so-cong-thuong-lam-dong", AFTER_V2.plusDays(1));

        assertThat(first.submission().contractVersion()).isEqualTo("v1");
        assertThat(correction.submission().contractVersion()).isEqualTo("v2");
        assertThat(correction.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(registered(first)).isEqualTo("v1 superseded");
        assertThat(jdbc.sql("SELECT investor || ': ' || registered_capital_bn FROM v_investment_current WHERE project_code = 'LD-002'")
                .query(String.class).single())
                .as("the renamed column of v2 fills the same warehouse column").isEqualTo("Công ty TNHH Cà phê Phương Nam: 430.000");

        assertThat(oldTemplate.submission().contractVersion()).isEqualTo("v2");
        assertThat(oldTemplate.submission().status()).isEqualTo(SubmissionStatus.REJECTED);
        JsonNode report = JsonMapper.shared().readTree(oldTemplate.reportJson().orElseThrow());
        assertThat(report.get("contractVersion").asString()).isEqualTo("v2");
        assertThat(messagesVi(report, "COVER_TEMPLATE_VERSION")).singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("mẫu phiên bản \"v1\"").contains("mẫu phiên bản \"v2\" (áp dụng từ ngày 01/07/2026)");
        assertThat(messagesVi(report, "COLUMN_MISSING")).singleElement(as(InstanceOfAssertFactories.STRING)).contains(V2_INVESTOR);

        Set<String> thisTest = Set.of(first.submission().fileSha256(), correction.submission().fileSha256(),
                oldTemplate.submission().fileSha256());
        List<Receipt> receipts = archive.receipts().stream().filter(r -> thisTest.contains(r.sha256())).toList();
        assertThat(receipts).extracting(Receipt::contractVersion).containsExactly("v1", "v2", "v2");
        List<String> registry = registrySnapshot();
        List<String> facts = factSnapshot();

        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
        for (Receipt receipt : receipts) {
            intake.replay(receipt);
        }

        assertThat(registrySnapshot()).isEqualTo(registry).hasSize(3);
        assertThat(factSnapshot()).isEqualTo(facts).isNotEmpty();
    }

    @Test
    void aReplayedReceiptThatRecordedV1LoadsUnderV1AfterV2TookEffect() throws Exception {
        Path v1Workbook = WorkbookFixtures.valid().set("DuAn", 3, "Số lao động", 41).writeXlsx(work);

        IntakeResult replayed = intake.load(new IntakeRequest(v1Workbook, "lam-dong-quy-1.xlsx", "so-cong-thuong-lam-dong",
                AFTER_V2, ProvinceScope.any(), "v1"));

        assertThat(replayed.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(replayed.submission().contractVersion()).isEqualTo("v1");
        assertThat(archive.receipts()).filteredOn(r -> Long.valueOf(replayed.submission().id()).equals(r.submissionId()))
                .extracting(Receipt::contractVersion).containsExactly("v1");
    }

    @Test
    void theDayOfEffectIsTheWarehousesDay() throws Exception {
        IntakeResult lastEvening = intake.load(WorkbookFixtures.valid().set("DuAn", 2, "Số lao động", 121).writeXlsx(work),
                "so-cong-thuong-lam-dong",
                LAST_EVENING_OF_V1);

        assertThat(lastEvening.submission().contractVersion())
                .as("23:30 on 30 June in Asia/Ho_Chi_Minh is still v1's day; it is 16:30 UTC").isEqualTo("v1");
    }

    private String registered(IntakeResult result) {
        return jdbc.sql("SELECT contract_version || ' ' || status FROM submission WHERE submission_id = :id")
                .param("id", result.submission().id()).query(String.class).single();
    }

    private List<String> registrySnapshot() {
        return jdbc.sql("""
                        SELECT original_filename || ' ' || received_at || ' ' || contract_version || ' ' || status
                               || ' ' || error_count FROM submission ORDER BY received_at""")
                .query(String.class).list();
    }

    private List<String> factSnapshot() {
        return jdbc.sql("""
                        SELECT s.received_at || ' ' || s.status || ' ' || f.project_code || ' ' || f.investor || ' '
                               || f.registered_capital_bn
                        FROM fact_investment_snapshot f JOIN submission s ON s.submission_id = f.submission_id
                        ORDER BY s.received_at, f.project_code""")
                .query(String.class).list();
    }

    private static List<String> messagesVi(JsonNode report, String code) {
        return report.get("problems").valueStream().filter(p -> p.get("code").asString().equals(code))
                .map(p -> p.get("message").get("vi").asString()).toList();
    }

    private static WorkbookFixtures v2(WorkbookFixtures workbook) {
        return workbook.set("DuAn", 1, "Nhà đầu tư", V2_INVESTOR).cover("Phiên bản mẫu", "v2");
    }

    /**
     * The released v1 and, from 1 July 2026, a v2 whose investor column is headed "Pháp nhân đầu tư" only. Not a
     * {@code @Configuration}: the test applications scan this package, and only this test may see a v2.
     */
    static class TwoVersions {

        @Bean
        @Primary
        WorkbookContracts twoContractVersions() throws IOException {
            String v1;
            try (InputStream in = ContractLoader.class.getClassLoader()
                    .getResourceAsStream(WorkbookContracts.resourceOf(WorkbookContracts.FIRST_VERSION))) {
                v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String investor = """
                    {field: investor, vi: "Nhà đầu tư", en: "Investor", type: text, required: true, width: 30,
                             synonyms: [Chủ đầu tư, Tên nhà đầu tư, Doanh nghiệp, Tên doanh nghiệp]}""";
            assertThat(v1).contains("version: v1\n", "effective_from: 2008-08-01\n", investor);
            String v2 = v1.replace("version: v1\n", "version: v2\n")
                    .replace("effective_from: 2008-08-01\n", "effective_from: 2026-07-01\n")
                    .replace(investor, """
                            {field: investor, vi: "%s", en: "Investor", type: text, required: true, width: 30}"""
                            .formatted(V2_INVESTOR));
            WorkbookContract released = WorkbookContracts.released().version(WorkbookContracts.FIRST_VERSION);
            return WorkbookContracts.of(List.of(released,
                    ContractLoader.load(new ByteArrayInputStream(v2.getBytes(StandardCharsets.UTF_8)), "test v2")));
        }
    }
}
