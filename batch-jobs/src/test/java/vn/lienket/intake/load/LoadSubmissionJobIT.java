package vn.lienket.intake.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.registry.FactCounts;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionStatus;
import vn.lienket.intake.registry.SupersedeReason;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = IntakeTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class LoadSubmissionJobIT {

    @TempDir
    static Path archiveDir;

    @TempDir
    Path work;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRegistry registry;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> archiveDir.toString());
    }

    /** Each test starts from an empty registry (the audit log's guard is lifted for this reset only). */
    @BeforeEach
    void emptyWarehouse() {
        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate").update();
        jdbc.sql("""
                TRUNCATE submission, fact_investment_snapshot, fact_ocop_snapshot, fact_event, batch_job_instance CASCADE""").update();
        jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate").update();
    }

    @Test
    void aValidWorkbookBecomesFactsWithLineage() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);

        IntakeResult result = intake.load(file, "so-cong-thuong-lam-dong");

        assertThat(result.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(result.submission().province()).hasValueSatisfying(p -> assertThat(p).hasToString("P34:68"));
        assertThat(result.submission().quarter()).hasValueSatisfying(q -> assertThat(q).hasToString("2026-Q1"));
        long id = result.submission().id();
        assertThat(count("fact_investment_snapshot", id)).isEqualTo(3);
        assertThat(count("fact_ocop_snapshot", id)).isEqualTo(2);
        assertThat(count("fact_event", id)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT p.era_code || ':' || p.code FROM bridge_event_partner b
                        JOIN fact_event f ON f.event_key = b.event_key JOIN dim_province p ON p.province_key = b.province_key
                        WHERE f.submission_id = :id ORDER BY p.code""").param("id", id).query(String.class).list())
                .containsExactly("P34:66", "P34:68");
        assertThat(jdbc.sql("""
                        SELECT source_sheet || '!' || source_row FROM fact_investment_snapshot
                        WHERE submission_id = :id AND project_code = 'LD-002'""").param("id", id).query(String.class).single())
                .isEqualTo("DuAn!3");
        assertThat(jdbc.sql("SELECT registered_capital_bn FROM v_investment_current WHERE project_code = 'LD-001'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("1250.5");
        Path archived = Path.of(result.submission().archivePath());
        assertThat(Files.readAllBytes(archived)).isEqualTo(Files.readAllBytes(file));
        assertThat(archived).startsWith(archiveDir);
        assertThat(auditActions(id)).containsExactly("received", "loaded");
    }

    @Test
    void aReplayKeepsTheOriginalTimeOfReceipt() throws Exception {
        OffsetDateTime received = OffsetDateTime.parse("2026-04-10T09:30:00+07:00");

        IntakeResult result = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong", received);

        assertThat(result.submission().receivedAt()).isEqualTo(received);
    }

    @Test
    void aWorkbookWithErrorsIsRejectedKeptAndChangesNoFact() throws Exception {
        Path file = WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5).writeXlsx(work);

        IntakeResult result = intake.load(file, "so-cong-thuong-lam-dong");

        assertThat(result.submission().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(result.submission().errorCount()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM fact_ocop_snapshot").query(Long.class).single()).isZero();
        assertThat(result.reportJson()).hasValueSatisfying(json -> assertThat(json)
                .contains("DuAn!F2")
                .as("the report names the file as the department sent it").contains("\"file\": \"workbook.xlsx\""));
        assertThat(Path.of(result.submission().archivePath())).exists();
        assertThat(auditActions(result.submission().id())).containsExactly("received", "rejected");
    }

    @Test
    void theSameBytesAreLoadedOnce() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);
        IntakeResult first = intake.load(file, "so-cong-thuong-lam-dong");

        IntakeResult second = intake.load(file, "so-cong-thuong-lam-dong");

        assertThat(second.alreadyProcessed()).isTrue();
        assertThat(second.submission().id()).isEqualTo(first.submission().id());
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aWorkbookOfAnotherProvinceThanItsDoorExpectsIsArchivedRegisteredAndRejectedThenLoadsThroughItsOwnDoor() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);
        IntakeRequest request = IntakeRequest.of(file, "inbox:P34-01/workbook.xlsx", OffsetDateTime.now());

        IntakeResult refused = intake.load(request.expecting(Optional.of(ProvinceId.parse("P34:01"))));

        assertThat(refused.submission().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(refused.reportJson()).hasValueSatisfying(json -> assertThat(json)
                .contains(SubmissionLoader.PROVINCE_NOT_EXPECTED).contains("P34:01").contains("P34:68"));
        assertThat(refused.submission().provinceScope()).hasToString("P34:01");
        assertThat(refused.submission().province()).as("the cover's claim is recorded").map(Object::toString).hasValue("P34:68");
        assertThat(refused.submission().quarter()).as("a rejected workbook keeps its quarter").map(Object::toString).hasValue("2026-Q1");
        assertThat(Path.of(refused.submission().archivePath())).exists();
        assertThat(refused.facts()).isEqualTo(FactCounts.NONE);
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
        assertThat(intake.load(request.expecting(Optional.of(ProvinceId.parse("P34:01")))).alreadyProcessed())
                .as("the same bytes through the same door").isTrue();

        IntakeResult loaded = intake.load(request.expecting(Optional.of(ProvinceId.parse("P34:68"))));

        assertThat(loaded.alreadyProcessed()).isFalse();
        assertThat(loaded.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(loaded.facts()).isEqualTo(new FactCounts(3, 2, 1));
    }

    @Test
    void aDoorThatAcceptsNoProvinceRejectsEveryWorkbookWithAReason() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);

        IntakeResult result = intake.load(new IntakeRequest(file, "workbook.xlsx", "inbox:workbook.xlsx", OffsetDateTime.now(),
                ProvinceScope.none()));

        assertThat(result.submission().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(result.reportJson()).hasValueSatisfying(json -> assertThat(json)
                .contains(SubmissionLoader.PROVINCE_FOLDER_REQUIRED).contains("P34-68"));
        assertThat(result.check()).as("the check travels to the caller for the annotated copy").isPresent();
    }

    @Test
    void anOlderFileThatFinishesLaterNeverReplacesANewerCorrection() throws Exception {
        OffsetDateTime morning = OffsetDateTime.parse("2026-04-10T09:00:00+07:00");
        Path original = WorkbookFixtures.valid().writeXlsx(work);
        Path correction = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2")));

        IntakeResult newer = intake.load(correction, "so-cong-thuong-lam-dong", morning.plusHours(2));
        IntakeResult older = intake.load(original, "so-cong-thuong-lam-dong", morning);

        assertThat(older.submission().status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(older.submission().supersededBy()).hasValue(newer.submission().id());
        assertThat(older.submission().supersedeReason()).hasValue(SupersedeReason.RECEIVED_EARLIER);
        assertThat(registry.get(newer.submission().id()).status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(jdbc.sql("SELECT registered_capital_bn FROM v_investment_current WHERE project_code = 'LD-002'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("450");
    }

    @Test
    void sendingASupersededVersionAgainMakesItCurrentAgainWithItsDifference() throws Exception {
        Path original = WorkbookFixtures.valid().writeXlsx(work);
        Path correction = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2")));
        IntakeResult first = intake.load(original, "so-cong-thuong-lam-dong");
        IntakeResult second = intake.load(correction, "so-cong-thuong-lam-dong");

        IntakeResult again = intake.load(original, "so-cong-thuong-lam-dong");

        assertThat(again.alreadyProcessed()).isFalse();
        assertThat(again.submission().id()).isNotIn(first.submission().id(), second.submission().id());
        assertThat(again.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(registry.get(second.submission().id()).supersededBy()).hasValue(again.submission().id());
        assertThat(jdbc.sql("SELECT registered_capital_bn FROM v_investment_current WHERE project_code = 'LD-002'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("420");
        assertThat(jdbc.sql("""
                        SELECT row_key || ' ' || field || ' ' || old_value || ' → ' || new_value FROM submission_diff
                        WHERE submission_id = :id AND part = 'investment'""")
                .param("id", again.submission().id()).query(String.class).list())
                .containsExactly("LD-002 registered_capital_bn 450.000 → 420.000");
        assertThat(intake.load(original, "so-cong-thuong-lam-dong").alreadyProcessed())
                .as("bytes identical to the current version").isTrue();
    }

    @Test
    void aChangedResubmissionSupersedesTheFirstAndRecordsTheDifference() throws Exception {
        IntakeResult first = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        WorkbookFixtures changed = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450);
        changed.rows("DuAn").remove(3);
        changed.addRow("DuAn", 3, "LD-004", "Cụm kho lạnh nông sản", "Công ty CP Logistics Miền Nam", "Logistics", 60, 10,
                5, "Đang triển khai", java.time.LocalDate.of(2026, 2, 1), null, 25, null);
        Path resubmission = Files.createDirectories(work.resolve("v2"));

        IntakeResult second = intake.load(changed.writeXlsx(resubmission), "so-cong-thuong-lam-dong");

        assertThat(second.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(jdbc.sql("SELECT status, superseded_by FROM submission WHERE submission_id = :id")
                .param("id", first.submission().id()).query().singleRow())
                .containsEntry("status", "superseded")
                .containsEntry("superseded_by", second.submission().id());
        List<Map<String, Object>> diff = jdbc.sql("""
                        SELECT row_key, change, field, old_value, new_value FROM submission_diff
                        WHERE submission_id = :id AND part = 'investment' ORDER BY row_key, field""")
                .param("id", second.submission().id()).query().listOfRows();
        assertThat(diff).extracting(row -> row.get("row_key") + " " + row.get("change") + " " + row.get("field")
                        + " " + row.get("old_value") + " → " + row.get("new_value"))
                .containsExactly(
                        "LD-002 changed registered_capital_bn 420.000 → 450.000",
                        "LD-003 removed null null → null",
                        "LD-004 added null null → null");
        assertThat(jdbc.sql("SELECT project_code FROM v_investment_current ORDER BY project_code").query(String.class).list())
                .containsExactly("LD-001", "LD-002", "LD-004");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id")
                .param("id", first.submission().id()).query(Long.class).single())
                .as("the superseded submission's facts stay for history").isEqualTo(3);
    }

    @Test
    void aFailureWhileStagingLeavesNothingStagedAndARerunCompletes() throws Exception {
        IntakeResult first = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        Path changed = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2")));

        withFailureInjectedOn("fact_event", () -> assertThatThrownBy(() -> intake.load(changed, "so-cong-thuong-lam-dong"))
                .isInstanceOf(SubmissionIntake.LoadFailedException.class)
                .hasMessageContaining("injected failure"));

        assertThat(currentCapitals()).containsExactly("LD-001=1250.500", "LD-002=420.000", "LD-003=85.250");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id <> :id")
                .param("id", first.submission().id()).query(Long.class).single())
                .as("the investment rows COPYed before the failure went with the staging transaction").isZero();
        assertRerunPublishes(changed);
    }

    @Test
    void aFailureDuringTheCommitLeavesTheFactsAsBeforeAndARerunPublishesTheStagedRows() throws Exception {
        IntakeResult first = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        Path changed = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2")));

        withFailureInjectedOn("submission_diff", () -> assertThatThrownBy(() -> intake.load(changed, "so-cong-thuong-lam-dong"))
                .isInstanceOf(SubmissionIntake.LoadFailedException.class));

        assertThat(currentCapitals()).as("staged rows are invisible until published")
                .containsExactly("LD-001=1250.500", "LD-002=420.000", "LD-003=85.250");
        assertThat(jdbc.sql("SELECT status FROM submission WHERE submission_id = :id")
                .param("id", first.submission().id()).query(String.class).single()).isEqualTo("loaded");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM fact_investment_snapshot f JOIN submission s ON s.submission_id = f.submission_id
                        WHERE s.status = 'received'""").query(Long.class).single())
                .as("the staging step committed; its rows wait for the commit").isEqualTo(3);
        assertRerunPublishes(changed);
    }

    @Test
    void aContractCodeMissingFromItsDimensionStopsTheLoadBeforeAnythingIsStaged() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);
        jdbc.sql("UPDATE dim_sector SET code = 'agriculture_retired' WHERE code = 'agriculture'").update();
        try {
            assertThatThrownBy(() -> intake.load(file, "so-cong-thuong-lam-dong"))
                    .isInstanceOf(SubmissionIntake.LoadFailedException.class)
                    .hasMessageContaining("sector agriculture");
            assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("received");
        } finally {
            jdbc.sql("UPDATE dim_sector SET code = 'agriculture' WHERE code = 'agriculture_retired'").update();
        }

        assertThat(intake.load(file, "so-cong-thuong-lam-dong").submission().status())
                .as("once the dimension is repaired the same file loads").isEqualTo(SubmissionStatus.LOADED);
    }

    private void withFailureInjectedOn(String table, Runnable action) {
        jdbc.sql("""
                CREATE FUNCTION fail_load() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'injected failure on %', TG_TABLE_NAME; END $$""").update();
        jdbc.sql("CREATE TRIGGER fail_load BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION fail_load()").update();
        try {
            action.run();
        } finally {
            jdbc.sql("DROP TRIGGER fail_load ON " + table).update();
            jdbc.sql("DROP FUNCTION fail_load()").update();
        }
    }

    private List<String> currentCapitals() {
        return jdbc.sql("SELECT project_code || '=' || registered_capital_bn FROM v_investment_current ORDER BY 1")
                .query(String.class).list();
    }

    private void assertRerunPublishes(Path changed) {
        IntakeResult rerun = intake.load(changed, "so-cong-thuong-lam-dong");

        assertThat(rerun.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(jdbc.sql("SELECT registered_capital_bn FROM v_investment_current WHERE project_code = 'LD-002'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("450");
        assertThat(count("fact_investment_snapshot", rerun.submission().id())).as("staged once, not twice").isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single())
                .as("the restart continues the same submission").isEqualTo(2);
    }

    private long count(String table, long submissionId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE submission_id = :id")
                .param("id", submissionId).query(Long.class).single();
    }

    private List<String> auditActions(long submissionId) {
        return jdbc.sql("SELECT action FROM audit_log WHERE submission_id = :id ORDER BY audit_id")
                .param("id", submissionId).query(String.class).list();
    }
}
