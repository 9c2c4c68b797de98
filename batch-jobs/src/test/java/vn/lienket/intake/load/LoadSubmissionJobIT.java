package vn.lienket.intake.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.IntakeIntegrationTest;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.registry.FactCounts;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.registry.SupersedeReason;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadSubmissionJobIT extends IntakeIntegrationTest {

    @Autowired
    SubmissionRegistry registry;

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
        assertThat(jdbc.sql("SELECT project_code || ': ' || coalesce(note, '—') FROM v_investment_current ORDER BY project_code")
                .query(String.class).list())
                .as("the note column a province typed is kept").containsExactly("LD-001: —", "LD-002: —", "LD-003: Giai đoạn 1");
        Path archived = Path.of(result.submission().archivePath());
        assertThat(Files.readAllBytes(archived)).isEqualTo(Files.readAllBytes(file));
        assertThat(archived).startsWith(ARCHIVE_DIR);
        assertThat(auditActions(id)).containsExactly("received", "loaded");
    }

    /** "Thừa Thiên Huế" is no name of the 34 provinces: only the warehouse's alias table leads it to P34:46 Huế. */
    @Test
    void aProvinceWrittenAsAnAliasOfTheWarehouseIsRecognised() throws Exception {
        Path file = WorkbookFixtures.valid().set("SuKien", 2, "Tỉnh tham gia", "Lâm Đồng; Thừa Thiên Huế").writeXlsx(work);

        IntakeResult result = intake.load(file, "so-cong-thuong-lam-dong");

        assertThat(result.submission().status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(jdbc.sql("""
                        SELECT p.era_code || ':' || p.code || ' ' || p.name_vi FROM bridge_event_partner b
                        JOIN fact_event f ON f.event_key = b.event_key JOIN dim_province p ON p.province_key = b.province_key
                        WHERE f.submission_id = :id ORDER BY p.code""").param("id", result.submission().id()).query(String.class).list())
                .containsExactly("P34:46 Huế", "P34:68 Lâm Đồng");
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

    /**
     * "Today" in the checks is the day the file arrived, not the day it is loaded: a replay years later judges a file
     * as it was judged then. (The tests' clock says 16/10/2026, when 2026-Q1 is long past.)
     */
    @Test
    void aFileIsJudgedOnTheDayItWasReceived() throws Exception {
        Path early = WorkbookFixtures.valid().writeXlsx(work);
        IntakeResult tooEarly = intake.load(IntakeRequest.of(early, "so-cong-thuong-lam-dong",
                OffsetDateTime.parse("2025-12-20T10:00:00+07:00")));

        assertThat(tooEarly.submission().status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(tooEarly.reportJson()).hasValueSatisfying(json -> assertThat(json)
                .contains("COVER_QUARTER_IN_FUTURE").contains("20/12/2025"));

        Path inTime = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("january")));
        IntakeResult accepted = intake.load(IntakeRequest.of(inTime, "so-cong-thuong-lam-dong",
                OffsetDateTime.parse("2026-01-05T10:00:00+07:00")));

        assertThat(accepted.submission().status()).isEqualTo(SubmissionStatus.LOADED);
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
        WorkbookFixtures changed = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .set("DuAn", 2, "Ghi chú", "Đã gia hạn tiến độ");
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
                        "LD-001 changed note null → Đã gia hạn tiến độ",
                        "LD-002 changed registered_capital_bn 420.000 → 450.000",
                        "LD-003 removed null null → null",
                        "LD-004 added null null → null");
        assertThat(jdbc.sql("SELECT project_code FROM v_investment_current ORDER BY project_code").query(String.class).list())
                .containsExactly("LD-001", "LD-002", "LD-004");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id")
                .param("id", first.submission().id()).query(Long.class).single())
                .as("the superseded submission's facts stay for history").isEqualTo(3);
    }

    /**
     * OCOP counts are matched on group and star ("OCOP148-1 / 3*"), events on name and start date; each part gets a
     * changed, an added and a removed row, and the superseded submission keeps all its rows.
     */
    @Test
    void aChangedResubmissionRecordsTheOcopAndEventDifferencesByTheirKeys() throws Exception {
        WorkbookFixtures original = WorkbookFixtures.valid();
        original.addRow("SuKien", withNameAndDates(original.rows("SuKien").get(1), "Hội chợ hàng Việt Lâm Đồng",
                LocalDate.of(2026, 2, 10)));
        IntakeResult first = intake.load(original.writeXlsx(work), "so-cong-thuong-lam-dong");
        WorkbookFixtures changed = WorkbookFixtures.valid().set("OCOP", 2, "Số sản phẩm đạt OCOP", 85)
                .set("SuKien", 2, "Số gian hàng", 260);
        changed.rows("OCOP").remove(2);
        changed.addRow("OCOP", 3, "OCOP148-1", "4 sao", 5, 5, 0, 3, 0);
        changed.addRow("SuKien", withNameAndDates(changed.rows("SuKien").get(1), "Phiên chợ nông sản Lâm Đồng",
                LocalDate.of(2026, 3, 5)));

        IntakeResult second = intake.load(changed.writeXlsx(Files.createDirectories(work.resolve("v2"))), "so-cong-thuong-lam-dong");

        assertThat(second.submission().status()).as(second.reportJson().orElse("")).isEqualTo(SubmissionStatus.LOADED);
        assertThat(jdbc.sql("""
                        SELECT part || ' ' || row_key || ' ' || change || ' ' || coalesce(field, '-') || ' '
                               || coalesce(old_value, '-') || ' → ' || coalesce(new_value, '-')
                        FROM submission_diff WHERE submission_id = :id ORDER BY part, row_key, field""")
                .param("id", second.submission().id()).query(String.class).list())
                .containsExactly(
                        "event Hội chợ hàng Việt Lâm Đồng (2026-02-10) removed - - → -",
                        "event Phiên chợ nông sản Lâm Đồng (2026-03-05) added - - → -",
                        "event Tuần lễ giới thiệu sản phẩm Lâm Đồng tại TP.HCM (2026-01-15) changed booths 250 → 260",
                        "ocop OCOP148-1 / 3* changed products_recognised 80 → 85",
                        "ocop OCOP148-1 / 4* added - - → -",
                        "ocop OCOP148-2 / 4* removed - - → -");
        assertThat(jdbc.sql("SELECT (SELECT count(*) FROM fact_ocop_snapshot WHERE submission_id = :id) || ' OCOP, '"
                        + " || (SELECT count(*) FROM fact_event WHERE submission_id = :id) || ' events'")
                .param("id", first.submission().id()).query(String.class).single())
                .as("the superseded submission's rows stay for history").isEqualTo("2 OCOP, 2 events");
    }

    /** A copy of an event row under another name, starting on {@code start} and ending the next day. */
    private static Object[] withNameAndDates(List<Object> event, String name, LocalDate start) {
        List<Object> copy = new ArrayList<>(event);
        copy.set(WorkbookFixtures.EVENT_HEADER.indexOf("STT"), 2);
        copy.set(WorkbookFixtures.EVENT_HEADER.indexOf("Tên sự kiện"), name);
        copy.set(WorkbookFixtures.EVENT_HEADER.indexOf("Ngày bắt đầu"), start);
        copy.set(WorkbookFixtures.EVENT_HEADER.indexOf("Ngày kết thúc"), start.plusDays(1));
        return copy.toArray();
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
    void aFailureDuringTheCommitLeavesTheFactsAsBeforeAndARerunStagesAndPublishesAgain() throws Exception {
        IntakeResult first = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        Path changed = WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2")));

        withFailureInjectedOn("submission_diff", () -> assertThatThrownBy(() -> intake.load(changed, "so-cong-thuong-lam-dong"))
                .isInstanceOf(SubmissionIntake.LoadFailedException.class));

        assertThat(currentCapitals()).as("the facts are as before the failed load")
                .containsExactly("LD-001=1250.500", "LD-002=420.000", "LD-003=85.250");
        assertThat(jdbc.sql("SELECT status FROM submission WHERE submission_id = :id")
                .param("id", first.submission().id()).query(String.class).single()).isEqualTo("loaded");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM fact_investment_snapshot f JOIN submission s ON s.submission_id = f.submission_id
                        WHERE s.status = 'received'""").query(Long.class).single())
                .as("staged and published in one transaction: the failed commit took its staged rows with it").isZero();
        assertThat(jdbc.sql("SELECT status FROM submission WHERE submission_id <> :id")
                .param("id", first.submission().id()).query(String.class).single())
                .as("the registration stays, for the restart to continue").isEqualTo("received");
        assertRerunPublishes(changed);
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
