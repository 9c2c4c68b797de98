package vn.lienket.portal.access;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.PortalTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.WarehouseReset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees which province, read from the warehouse's crosswalk and programme membership. */
@SpringBootTest(classes = PortalTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class AccessScopeIT {

    private static final ProvinceId NEW_LAM_DONG = ProvinceId.parse("P34:68");
    private static final ProvinceId OLD_LAM_DONG = ProvinceId.parse("P63:68");
    private static final ProvinceId DAK_NONG = ProvinceId.parse("P63:67");
    private static final ProvinceId BINH_THUAN = ProvinceId.parse("P63:60");
    private static final ProvinceId NEW_GIA_LAI = ProvinceId.parse("P34:52");
    private static final ProvinceId BINH_DINH = ProvinceId.parse("P63:52");

    @Autowired
    AccessScope scope;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyWarehouse() {
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
    }

    @Test
    void aMergedProvinceSeesItsPredecessorsThroughTheCrosswalkNeverTheReverse() {
        PortalUser newUnit = submitter("so-ct-lamdong", NEW_LAM_DONG);
        PortalUser oldUnit = submitter("so-ct-daknong", DAK_NONG);

        assertThat(scope.visibleProvinces(newUnit).provinces())
                .containsExactlyInAnyOrder(NEW_LAM_DONG, OLD_LAM_DONG, DAK_NONG, BINH_THUAN);
        assertThat(scope.maySee(oldUnit, DAK_NONG)).isTrue();
        assertThat(scope.maySee(oldUnit, NEW_LAM_DONG)).isFalse();
        assertThat(scope.maySee(oldUnit, OLD_LAM_DONG)).isFalse();
    }

    @Test
    void aReusedCodeIsNeverMatchedAcrossEras() {
        PortalUser newGiaLai = submitter("so-ct-gialai", NEW_GIA_LAI);

        // P34:52 (Gia Lai) absorbed P63:52 (Bình Định) and P63:64 (old Gia Lai): both by the crosswalk, not by code
        assertThat(scope.visibleProvinces(newGiaLai).provinces())
                .contains(BINH_DINH, ProvinceId.parse("P63:64"))
                .doesNotContain(NEW_LAM_DONG);
        PortalUser binhDinh = submitter("so-ct-binhdinh", BINH_DINH);
        assertThat(scope.maySee(binhDinh, NEW_GIA_LAI)).isFalse();
    }

    @Test
    void onlyASubmitterForItsOwnProvinceOrAnOperatorActsForAProvince() {
        PortalUser lamDong = submitter("so-ct-lamdong", NEW_LAM_DONG);

        assertThat(scope.mayActFor(lamDong, NEW_LAM_DONG)).isTrue();
        assertThat(scope.mayActFor(lamDong, OLD_LAM_DONG)).as("history is seen, not submitted for").isFalse();
        assertThat(scope.mayActFor(user("van-hanh", PortalRole.OPERATOR), NEW_GIA_LAI)).isTrue();
        assertThat(scope.mayActFor(user("kiem-toan", PortalRole.AUDITOR), NEW_LAM_DONG)).isFalse();
        assertThat(scope.mayActFor(leader(Set.of("HCMC_TN"), Set.of()), NEW_LAM_DONG)).isFalse();
    }

    @Test
    void aLeaderSeesTheMembersOfItsProgrammesInBothErasAndItsOwnProvinces() {
        PortalUser tayNguyen = leader(Set.of("HCMC_TN"), Set.of(ProvinceId.parse("P34:01")));

        assertThat(scope.maySee(tayNguyen, DAK_NONG)).as("P63 member of Tây Nguyên").isTrue();
        assertThat(scope.maySee(tayNguyen, NEW_LAM_DONG)).as("P34 member of Tây Nguyên").isTrue();
        assertThat(scope.maySee(tayNguyen, ProvinceId.parse("P34:01"))).as("own province").isTrue();
        assertThat(scope.maySee(tayNguyen, ProvinceId.parse("P34:96"))).isFalse();
        assertThat(scope.maySeeProgramme(tayNguyen, "HCMC_TN")).isTrue();
        assertThat(scope.maySeeProgramme(tayNguyen, "HCMC_DHTB")).isFalse();
        assertThat(scope.visibleProvinces(user("kiem-toan", PortalRole.AUDITOR))).isEqualTo(VisibleProvinces.ALL);
    }

    @Test
    void aRefusedProvinceIsAuditedAndAnsweredAsUnknown() {
        PortalUser daknong = submitter("so-ct-daknong", DAK_NONG);

        assertThatThrownBy(() -> scope.requireVisible(daknong, NEW_LAM_DONG)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> scope.requireSubmission(daknong, 424242)).isInstanceOf(OutOfScopeException.class);

        assertThat(jdbc.sql("SELECT actor || ' ' || action || ' ' || (details->>'refused') FROM audit_log ORDER BY audit_id")
                .query(String.class).list())
                .containsExactly("portal:so-ct-daknong access-refused province",
                        "portal:so-ct-daknong access-refused submission");
    }

    private static PortalUser submitter(String name, ProvinceId province) {
        return new PortalUser(name, PortalRole.SUBMITTER, Optional.of(province), Set.of(), Set.of());
    }

    private static PortalUser leader(Set<String> programmes, Set<ProvinceId> provinces) {
        return new PortalUser("lanh-dao", PortalRole.LEADER, Optional.empty(), programmes, provinces);
    }

    private static PortalUser user(String name, PortalRole role) {
        return new PortalUser(name, role, Optional.empty(), Set.of(), Set.of());
    }
}
