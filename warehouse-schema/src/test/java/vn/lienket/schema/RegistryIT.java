package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RegistryIT {

    private static final String SHA = "ab".repeat(32);

    private static final Warehouse warehouse = Warehouse.migrated("schema_registry");

    @Test
    void auditLogAcceptsNewEntriesAndRefusesToRewriteThem() throws SQLException {
        warehouse.execute("""
                INSERT INTO audit_log (actor, action, file_sha256, details) VALUES ('intake', 'received', ?, '{"rows": 12}'::jsonb)
                """, SHA);

        assertThatThrownBy(() -> warehouse.execute("UPDATE audit_log SET actor = 'someone else'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> warehouse.execute("DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> warehouse.execute("TRUNCATE audit_log"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(warehouse.string("SELECT details ->> 'rows' FROM audit_log WHERE action = 'received'")).isEqualTo("12");
    }

    @Test
    void keepsOneLoadedSubmissionPerProvinceAndQuarter() throws SQLException {
        long first = loadedSubmission("P63:68", 20251);

        assertThatThrownBy(() -> loadedSubmission("P63:68", 20251))
                .rootCause().hasMessageContaining("ux_submission_one_loaded");
        long otherQuarter = loadedSubmission("P63:68", 20244);

        long second = submission("P63:68", 20251, "received");
        warehouse.execute("UPDATE submission SET status = 'superseded', superseded_by = ? WHERE submission_id = ?", second, first);
        warehouse.execute("UPDATE submission SET status = 'loaded', loaded_at = now() WHERE submission_id = ?", second);

        assertThat(warehouse.strings("""
                SELECT submission_id FROM submission s JOIN dim_province p ON p.province_key = s.province_key
                 WHERE s.status = 'loaded' AND p.era_code = 'P63' AND p.code = '68' ORDER BY submission_id
                """)).containsExactly(String.valueOf(otherQuarter), String.valueOf(second));
    }

    @Test
    void refusesASubmissionWhoseProvinceIsNotOfItsQuarterEra() {
        assertThatThrownBy(() -> submission("P34:52", 20252, "received")).as("Gia Lai's new code before the merger")
                .rootCause().hasMessageContaining("is not of the era of quarter");
        assertThatThrownBy(() -> submission("P63:64", 20253, "received")).as("Gia Lai's old code after the merger")
                .rootCause().hasMessageContaining("is not of the era of quarter");
        assertThat(submission("P34:52", 20253, "received")).isPositive();
    }

    @Test
    void showsOnlyFactsOfLoadedSubmissionsWithTheirQuarterAndBothProvinceViews() throws SQLException {
        long superseded = loadedSubmission("P63:64", 20252);
        investment(superseded, "GL-001", 100);
        long current = submission("P63:64", 20252, "received");
        warehouse.execute("UPDATE submission SET status = 'superseded', superseded_by = ? WHERE submission_id = ?", current, superseded);
        warehouse.execute("UPDATE submission SET status = 'loaded', loaded_at = now() WHERE submission_id = ?", current);
        investment(current, "GL-001", 120);

        assertThat(warehouse.strings("""
                SELECT registered_capital_bn || ' ' || quarter_label || ' ' || era_code || ':' || province_code
                       || ' -> ' || current_province_code || ' ' || current_province_name_vi
                  FROM v_investment_current WHERE project_code = 'GL-001'
                """)).containsExactly("120.000 2025-Q2 P63:64 -> 52 Gia Lai");
        assertThat(warehouse.number("SELECT count(*) FROM fact_investment_snapshot WHERE project_code = 'GL-001'"))
                .as("superseded facts stay for audit").isEqualTo(2);
    }

    @Test
    void refusesFactsThatContradictTheirSubmissionOrTheDomain() {
        long submissionId = loadedSubmission("P63:66", 20243);

        assertThatThrownBy(() -> warehouse.execute("""
                INSERT INTO fact_ocop_snapshot (submission_id, province_key, quarter_key, group_code, star, products_recognised,
                                                newly_recognised, re_recognised, producers, pending_five_star, source_sheet, source_row)
                SELECT ?, province_key, 20243, 'OCOP148-1', 4, 1, 0, 0, 1, 0, 'OCOP', 5 FROM dim_province WHERE era_code = 'P63' AND code = '68'
                """, submissionId)).as("province differs from the submission's").isInstanceOf(SQLException.class)
                .hasMessageContaining("fk_fact_ocop_submission");
        assertThatThrownBy(() -> warehouse.execute("""
                INSERT INTO fact_ocop_snapshot (submission_id, province_key, quarter_key, group_code, star, products_recognised,
                                                newly_recognised, re_recognised, producers, pending_five_star, source_sheet, source_row)
                SELECT submission_id, province_key, quarter_key, 'OCOP148-1', 2, 1, 0, 0, 1, 0, 'OCOP', 5 FROM submission WHERE submission_id = ?
                """, submissionId)).as("two stars is not OCOP").isInstanceOf(SQLException.class)
                .hasMessageContaining("ck_fact_ocop_star");
        assertThatThrownBy(() -> investment(submissionId, "DL-001", -5)).isInstanceOf(SQLException.class)
                .hasMessageContaining("ck_fact_investment_capital");
        assertThatThrownBy(() -> warehouse.execute("""
                INSERT INTO fact_event (submission_id, province_key, quarter_key, event_name, event_type_code, level_code,
                                        start_date, end_date, organiser, source_sheet, source_row)
                SELECT submission_id, province_key, quarter_key, 'Tuần lễ Đắk Lắk tại TP.HCM', 'exhibition_week', 'bilateral',
                       DATE '2024-07-28', DATE '2024-07-25', 'ITPC', 'Sự kiện', 3
                  FROM submission WHERE submission_id = ?
                """, submissionId)).isInstanceOf(SQLException.class).hasMessageContaining("ck_fact_event_dates");
    }

    @Test
    void keepsOneTargetPerProgrammeKpiAndPeriodWithNullQuarterAsTheAnnualTarget() throws SQLException {
        String insertTarget = """
                INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                SELECT programme_key, 'events_held', 2025, ?, ? FROM dim_programme WHERE code = 'HCMC_TN'
                """;
        warehouse.execute(insertTarget, null, 60);
        warehouse.execute(insertTarget, 1, 15);

        assertThatThrownBy(() -> warehouse.execute(insertTarget, null, 70)).isInstanceOf(SQLException.class)
                .hasMessageContaining("ux_programme_target");
        assertThat(warehouse.strings("SELECT coalesce(quarter::text, 'year') || '=' || target_value FROM programme_target ORDER BY quarter NULLS FIRST"))
                .containsExactly("year=60.000", "1=15.000");
    }

    private static long loadedSubmission(String provinceId, int quarterKey) {
        return submission(provinceId, quarterKey, "loaded");
    }

    /** A submission of the province {@code era:code}, as the domain's {@code ProvinceId} writes it. */
    private static long submission(String provinceId, int quarterKey, String status) {
        return warehouse.number("""
                INSERT INTO submission (province_key, quarter_key, status, file_sha256, original_filename, uploader, archive_path, loaded_at,
                                        contract_version)
                SELECT province_key, ?, ?, ?, 'bao-cao.xlsx', 'so-cong-thuong', 'archive/' || ?, CASE WHEN ? = 'loaded' THEN now() END, 'v1'
                  FROM dim_province WHERE era_code || ':' || code = ?
                RETURNING submission_id
                """, quarterKey, status, SHA, SHA, status, provinceId);
    }

    private static void investment(long submissionId, String projectCode, int registeredCapital) throws SQLException {
        warehouse.execute("""
                INSERT INTO fact_investment_snapshot (submission_id, province_key, quarter_key, project_code, project_name, investor,
                        sector_code, status_code, registered_capital_bn, disbursed_capital_bn, source_sheet, source_row)
                SELECT submission_id, province_key, quarter_key, ?, 'Nhà máy chế biến cà phê', 'Công ty TNHH ABC',
                       'agro_processing', 'under_implementation', ?, 0, 'Dự án', 7
                  FROM submission WHERE submission_id = ?
                """, projectCode, registeredCapital, submissionId);
    }
}
