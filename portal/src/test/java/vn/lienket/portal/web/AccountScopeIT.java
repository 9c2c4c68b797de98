package vn.lienket.portal.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.users.AccountScope;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.UserRefusedException;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienket.portal.web.SubmitterPagesIT.text;

/**
 * An operator changes an account's scope on the users page, in place: a submitter's province, a leader's
 * programmes. The person's session, opened before the change, and their API token see the new scope at their next
 * request, never the old one; the change is in the audit log with who made it.
 */
class AccountScopeIT extends PortalHttpTestBase {


    @TempDir
    Path work;
    @Autowired
    SubmissionIntake intake;
    @Autowired
    Clock clock;

    @Test
    void aSubmittersNewProvinceCountsAtOnceForTheOpenSessionAndTheToken() throws Exception {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        PortalClient clerk = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        String token = users.issueToken("so-ct-lamdong");
        long lamDongSubmission = intake.load(IntakeRequest.of(WorkbookFixtures.valid().writeXlsx(work), "portal:so-ct-lamdong",
                OffsetDateTime.now(clock)).expecting(Optional.of(LAM_DONG))).submission().id();
        operator.signIn();
        clerk.signIn();
        String sessionBefore = clerk.sessionId();
        assertThat(text(clerk.get("/submit").body(), "submit-province")).contains("(P34:68)");
        assertThat(clerk.get("/submissions/" + lamDongSubmission).statusCode()).isEqualTo(200);
        assertThat(withToken(token).body()).contains("\"P34:68\"");

        HttpResponse<String> changed = operator.postForm("/admin/users/scope", "username=so-ct-lamdong&province=" + encoded("P34:56"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(text(operator.get("/admin/users").body(), "users-message")).isEqualTo(
                "Đã đổi phạm vi của so-ct-lamdong: P34:68 → P34:56. Các phiên đăng nhập và mã truy cập API của tài khoản này "
                        + "theo phạm vi mới từ yêu cầu kế tiếp.");
        assertThat(text(clerk.get("/submit").body(), "submit-province")).as("the session opened before the change")
                .contains("(P34:56)");
        assertThat(clerk.sessionId()).as("still signed in, in the same session").isEqualTo(sessionBefore);
        assertThat(clerk.get("/submissions/" + lamDongSubmission).statusCode()).as("Lâm Đồng's submission").isEqualTo(404);
        assertThat(clerk.get("/submissions").body()).doesNotContain("submission-" + lamDongSubmission);
        assertThat(withToken(token).statusCode()).isEqualTo(200);
        assertThat(withToken(token).body()).doesNotContain("P34:68");
        assertThat(jdbc.sql("""
                        SELECT details ->> 'before', details ->> 'after', details ->> 'by' FROM audit_log
                         WHERE action = 'user-scope-changed' AND details ->> 'username' = 'so-ct-lamdong'""")
                .query((row, n) -> row.getString(1) + " → " + row.getString(2) + " by " + row.getString(3)).list())
                .containsExactly("P34:68 → P34:56 by van-hanh");
    }

    @Test
    void aLeadersNewProgrammesCountAtOnceAndEachChangeIsAudited() {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        PortalClient leader = account(new NewUser("lanh-dao", PortalRole.LEADER, Optional.empty(), Set.of("HCMC_TN"), Set.of()));
        operator.signIn();
        leader.signIn();
        assertThat(leader.get("/board?quarter=2026-Q3").body()).contains("data-province=\"P34:68\"")
                .doesNotContain("data-province=\"P34:56\"");

        operator.postForm("/admin/users/scope", "username=lanh-dao&programmes=HCMC_DHTB&provinces=");

        assertThat(leader.get("/board?quarter=2026-Q3").body()).as("Khánh Hòa is of the coast's programme only")
                .contains("data-province=\"P34:56\"");
        assertThat(users.find("lanh-dao").orElseThrow().user().programmes()).containsExactly("HCMC_DHTB");
        assertThat(jdbc.sql("""
                        SELECT coalesce(details ->> 'added', '-' || (details ->> 'removed')) FROM audit_log
                         WHERE action = 'user-scope-changed' AND details ->> 'username' = 'lanh-dao' ORDER BY chain_position""")
                .query(String.class).list())
                .as("the programme given at creation, then the change").containsExactly("HCMC_TN", "-HCMC_TN", "HCMC_DHTB");
    }

    @Test
    void aScopeOutsideTheRulesOfNewAccountsIsRefusedInVietnameseAndChangesNothing() {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        operator.signIn();

        assertThat(refusal(operator, "username=so-ct-lamdong&province=" + encoded("P63:68"))).isEqualTo(
                "Tỉnh P63:68 không thuộc thời kỳ hiện hành (P34): tỉnh nộp báo cáo cho tỉnh của hôm nay, ví dụ P34:68.");
        assertThat(refusal(operator, "username=so-ct-lamdong&province=" + encoded("P34:99")))
                .startsWith("Không có tỉnh P34:99");
        assertThat(refusal(operator, "username=so-ct-lamdong&province=" + encoded("P34:56") + "&programmes=HCMC_TN"))
                .isEqualTo("Phạm vi của tỉnh nộp báo cáo là một tỉnh: chương trình và các tỉnh khác chỉ dành cho lãnh đạo.");
        assertThat(refusal(operator, "username=van-hanh&programmes=HCMC_TN"))
                .isEqualTo("Vai trò operator xem được tất cả: không có phạm vi để đổi.");
        assertThat(refusal(operator, "username=nobody&province=" + encoded("P34:56"))).isEqualTo("Không có tài khoản nào tên nobody.");
        assertThat(users.find("so-ct-lamdong").orElseThrow().user().province()).hasValue(LAM_DONG);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'user-scope-changed' AND details ->> 'username' = 'so-ct-lamdong'")
                .query(Long.class).single()).isZero();
        account(new NewUser("lanh-dao", PortalRole.LEADER, Optional.empty(), Set.of("HCMC_TN"), Set.of()));
        assertThatThrownBy(() -> users.changeScope("lanh-dao", AccountScope.programmes(Set.of(), Set.of()), "test"))
                .isInstanceOfSatisfying(UserRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("users.scope.leaderEmpty"));
    }

    @Test
    void theSameScopeAgainChangesNothingAndAFormWithoutItsCsrfTokenIsRefused() {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        operator.signIn();

        operator.postForm("/admin/users/scope", "username=so-ct-lamdong&province=" + encoded("P34:68"));
        HttpResponse<String> withoutToken = operator.send(HttpRequest.newBuilder(operator.uri("/admin/users/scope"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=so-ct-lamdong&province=" + encoded("P34:56"))));

        assertThat(text(operator.get("/admin/users").body(), "users-message")).isEqualTo("Phạm vi của so-ct-lamdong vẫn như cũ: P34:68.");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(users.find("so-ct-lamdong").orElseThrow().user().province()).hasValue(LAM_DONG);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'user-scope-changed'").query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAndEnablingItAgainDoesNotReviveIt() {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        PortalClient clerk = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        operator.signIn();
        clerk.signIn();
        assertThat(clerk.get("/submit").statusCode()).isEqualTo(200);

        operator.postForm("/admin/users/disable", "username=so-ct-lamdong");
        HttpResponse<String> whileDisabled = clerk.get("/submit");
        operator.postForm("/admin/users/enable", "username=so-ct-lamdong");
        HttpResponse<String> afterEnabled = clerk.get("/submit");

        for (HttpResponse<String> response : List.of(whileDisabled, afterEnabled)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login"));
        }
        clerk.signIn();
        assertThat(clerk.get("/submit").statusCode()).as("signed in again").isEqualTo(200);
    }

    private static String refusal(PortalClient operator, String form) {
        operator.postForm("/admin/users/scope", form);
        String page = operator.get("/admin/users").body();
        assertThat(page).contains("class=\"notice error\"");
        return text(page, "users-message");
    }

    private HttpResponse<String> withToken(String token) {
        PortalClient client = anonymous();
        return client.send(HttpRequest.newBuilder(client.uri("/api/submissions")).header("Authorization", "Bearer " + token).GET());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, UTF_8);
    }
}
