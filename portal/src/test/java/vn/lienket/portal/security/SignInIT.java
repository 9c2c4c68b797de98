package vn.lienket.portal.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.users.NewUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Form sign-in as people meet it: the session, the headers, throttling and the audit trail. */
class SignInIT extends PortalHttpTestBase {

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndEveryAttemptIsAudited() {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(lamDong.signIn("sai-mat-khau-" + attempt))).endsWith("/login?error");
        }
        HttpResponse<String> rightPasswordWhileLocked = lamDong.signIn();
        HttpResponse<String> apiWhileLocked = lamDong.get("/api/submissions");

        assertThat(location(rightPasswordWhileLocked)).endsWith("/login?error");
        assertThat(apiWhileLocked.statusCode()).isEqualTo(401);
        // locked for 15 minutes from the (pinned) time of the fifth failure
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM portal_user WHERE username = 'so-ct-lamdong'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT action || ':' || coalesce(details->>'reason', '') FROM audit_log
                         WHERE actor = 'portal:so-ct-lamdong' ORDER BY audit_id""").query(String.class).list())
                .containsExactly(
                        "login-failed:bad-credentials", "login-failed:bad-credentials", "login-failed:bad-credentials",
                        "login-failed:bad-credentials", "login-failed:bad-credentials", "login-locked:",
                        "login-failed:locked", "login-failed:locked");
    }

    @Test
    void aSuccessfulSignInChangesTheSessionIdResetsTheCountAndIsAudited() {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        lamDong.signIn("sai-mat-khau");
        String sessionBefore = lamDong.sessionId();

        HttpResponse<String> signedIn = lamDong.signIn();

        assertThat(location(signedIn)).doesNotContain("error");
        assertThat(sessionBefore).isNotEmpty();
        assertThat(lamDong.sessionId()).isNotEmpty().isNotEqualTo(sessionBefore);
        assertThat(jdbc.sql("SELECT failed_logins FROM portal_user").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE actor = 'portal:so-ct-lamdong' ORDER BY audit_id")
                .query(String.class).list()).containsExactly("login-failed", "login");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheLoginFormCarriesACsrfToken() {
        HttpResponse<String> login = anonymous().get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.body()).contains("name=\"_csrf\"").contains("Đăng nhập");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        lamDong.signIn();

        HttpResponse<String> forged = lamDong.send(java.net.http.HttpRequest.newBuilder(lamDong.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("")));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
