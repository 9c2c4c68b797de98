package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgrammeMembershipIT {

    /** "Who was a member on date D": the README's query. */
    private static final String MEMBERS_ON_DATE = """
            SELECT p.era_code || ':' || p.code
              FROM programme_membership m
              JOIN dim_programme g ON g.programme_key = m.programme_key
              JOIN dim_province p ON p.province_key = m.province_key
             WHERE g.code = ? AND ?::date BETWEEN m.valid_from AND COALESCE(m.valid_to, 'infinity')
            """;

    private static final Warehouse warehouse = Warehouse.migrated("schema_membership");

    @Test
    void listsTheOldProvincesAsMembersBeforeTheMerger() {
        LocalDate endOfQ1 = LocalDate.of(2025, 3, 31);

        assertThat(members("HCMC_TN", endOfQ1)).containsExactly("P63:62", "P63:64", "P63:66", "P63:67", "P63:68");
        assertThat(members("HCMC_DHTB", endOfQ1)).containsExactly("P63:51", "P63:52", "P63:54", "P63:56", "P63:58", "P63:60");
    }

    @Test
    void listsTheUnitsThatAbsorbedThemAfterTheMerger() {
        LocalDate endOfQ3 = LocalDate.of(2025, 9, 30);

        assertThat(members("HCMC_TN", endOfQ3)).containsExactly("P34:51", "P34:52", "P34:66", "P34:68");
        assertThat(members("HCMC_DHTB", endOfQ3)).containsExactly("P34:51", "P34:52", "P34:56", "P34:66", "P34:68");
    }

    @Test
    void theProgrammesOverlapOnlyAfterTheMerger() {
        assertThat(sharedMembers(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(sharedMembers(LocalDate.of(2025, 7, 1))).containsExactly("P34:51", "P34:52", "P34:66", "P34:68");
    }

    @Test
    void hasNoMembersBeforeTheAgreementWasSigned() {
        assertThat(members("HCMC_DHTB", LocalDate.of(2023, 3, 31))).isEmpty();
        assertThat(members("HCMC_TN", LocalDate.of(2023, 3, 31))).hasSize(5);
    }

    @Test
    void listsEachQuarterTheMembersInForceOnItsLastDay() {
        assertThat(warehouse.strings("""
                SELECT quarter_label || ' ' || era_code || ':' || province_code FROM v_programme_quarter_member
                 WHERE programme_code = 'HCMC_TN' AND quarter_label IN ('2025-Q2', '2025-Q3') ORDER BY 1
                """)).containsExactly("2025-Q2 P63:62", "2025-Q2 P63:64", "2025-Q2 P63:66", "2025-Q2 P63:67", "2025-Q2 P63:68",
                "2025-Q3 P34:51", "2025-Q3 P34:52", "2025-Q3 P34:66", "2025-Q3 P34:68");
    }

    private static List<String> members(String programme, LocalDate date) {
        return warehouse.strings(MEMBERS_ON_DATE + " ORDER BY 1", programme, date);
    }

    private static List<String> sharedMembers(LocalDate date) {
        return warehouse.strings(MEMBERS_ON_DATE + " INTERSECT " + MEMBERS_ON_DATE + " ORDER BY 1",
                "HCMC_TN", date, "HCMC_DHTB", date);
    }
}
