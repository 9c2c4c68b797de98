package vn.lienket.portal.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.users.NewUser;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The API as another system uses it: status codes, the report in the body, and what a caller may list. */
class SubmissionApiIT extends PortalHttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void aValidWorkbookIsAcceptedOnceAndTheSameBytesAgainAreAlreadyProcessed() throws Exception {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        Path workbook = WorkbookFixtures.valid().writeXlsx(work);

        HttpResponse<String> first = lamDong.upload("/api/submissions", workbook);
        HttpResponse<String> again = lamDong.upload("/api/submissions", workbook);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(first.body());
        assertThat(accepted.path("status").asString()).isEqualTo("loaded");
        assertThat(accepted.path("schema").asString()).isEqualTo("lienket-workbook-report/1");
        assertThat(accepted.path("cover").path("province").asString()).isEqualTo("P34:68");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("submissionId").asLong()).isEqualTo(accepted.path("submissionId").asLong());
        assertThat(jdbc.sql("SELECT uploader FROM submission").query(String.class).list())
                .containsExactly("portal:so-ct-lamdong");
    }

    @Test
    void aFlawedWorkbookIsRejectedWithItsErrorsInTheBody() throws Exception {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        Path flawed = WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5).writeXlsx(work);

        HttpResponse<String> response = lamDong.upload("/api/submissions", flawed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("status").asString()).isEqualTo("rejected");
        assertThat(report.path("totals").path("errors").asInt()).isPositive();
        assertThat(report.path("problems").findValuesAsString("cell")).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndLoadsNothing() throws Exception {
        HttpResponse<String> response = anonymous().upload("/api/submissions", WorkbookFixtures.valid().writeXlsx(work));
        HttpResponse<String> wrongPassword = PortalClient.as(port, "nobody", "wrong-password").get("/api/submissions");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
    }

    @Test
    void aSubmitterUploadingAnotherProvincesWorkbookIsRefusedAndAudited() throws Exception {
        PortalClient dakLak = account(NewUser.submitter("so-ct-daklak", DAK_LAK));

        HttpResponse<String> response = dakLak.upload("/api/submissions", WorkbookFixtures.valid().writeXlsx(work));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("problemCounts").path("PROVINCE_NOT_EXPECTED").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT details->>'refused' FROM audit_log WHERE action = 'access-refused' AND actor = 'portal:so-ct-daklak'")
                .query(String.class).list()).containsExactly("upload");
    }

    @Test
    void theBytesOfAnotherProvincesCurrentVersionRevealNeitherItsReportNorItsId() throws Exception {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        PortalClient dakLak = account(NewUser.submitter("so-ct-daklak", DAK_LAK));
        Path workbook = WorkbookFixtures.valid().writeXlsx(work);
        assertThat(lamDong.upload("/api/submissions", workbook).statusCode()).isEqualTo(201);

        HttpResponse<String> response = dakLak.upload("/api/submissions", workbook);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).has("submissionId")).isFalse();
        assertThat(response.body()).doesNotContain("LD-001").doesNotContain("Lâm Đồng");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'access-refused' AND actor = 'portal:so-ct-daklak'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRoleThatDoesNotSubmitIsRefused403() throws Exception {
        PortalClient auditor = account(NewUser.of("kiem-toan", PortalRole.AUDITOR));

        HttpResponse<String> response = auditor.upload("/api/submissions", WorkbookFixtures.valid().writeXlsx(work));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT details->>'path' FROM audit_log WHERE action = 'access-refused'").query(String.class).list())
                .containsExactly("/api/submissions");
    }

    @Test
    void bytesThatAreNotAWorkbookAreRefusedWhateverTheirName() throws Exception {
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        Path disguised = Files.writeString(work.resolve("quy1.xlsx"), "<html><script>alert(1)</script></html>");

        HttpResponse<String> response = lamDong.upload("/api/submissions", disguised);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).path("message").asString()).contains("không phải sổ tính Excel");
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
    }

    @Test
    void theListingShowsOnlyTheCallersProvinceAndItsPredecessors() throws Exception {
        PortalClient operator = account(NewUser.of("van-hanh", PortalRole.OPERATOR));
        PortalClient lamDong = account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        PortalClient oldLamDong = account(NewUser.submitter("so-ct-lamdong-cu", ProvinceId.parse("P63:68")));
        PortalClient dakLak = account(NewUser.submitter("so-ct-daklak", DAK_LAK));
        Path lamDongNow = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("now")));
        Path lamDongBefore = WorkbookFixtures.valid().cover("Tỉnh/thành phố", "P63:68").cover("Kỳ báo cáo", "2025-Q1")
                .writeXlsx(Files.createDirectories(work.resolve("before")));
        assertThat(operator.upload("/api/submissions", lamDongNow).statusCode()).isEqualTo(201);
        int before = operator.upload("/api/submissions", lamDongBefore).statusCode();
        assertThat(before).isIn(201, 422);

        assertThat(provinces(lamDong.get("/api/submissions"))).containsExactlyInAnyOrder("P34:68", "P63:68");
        assertThat(provinces(oldLamDong.get("/api/submissions"))).containsExactly("P63:68");
        assertThat(provinces(dakLak.get("/api/submissions"))).isEmpty();
        assertThat(provinces(lamDong.get("/api/submissions?quarter=2026-Q1"))).containsExactly("P34:68");
        assertThat(provinces(operator.get("/api/submissions"))).hasSize(2);
    }

    @Test
    void aPersonalTokenAuthenticatesTheApiAndAnUnknownOneIs401() throws Exception {
        account(NewUser.submitter("so-ct-lamdong", LAM_DONG));
        String token = users.issueToken("so-ct-lamdong");
        PortalClient client = anonymous();

        HttpResponse<String> withToken = client.send(HttpRequest.newBuilder(client.uri("/api/submissions"))
                .header("Authorization", "Bearer " + token).GET());
        HttpResponse<String> withUnknown = client.send(HttpRequest.newBuilder(client.uri("/api/submissions"))
                .header("Authorization", "Bearer lk_not-a-token").GET());

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withUnknown.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT token_sha256 FROM portal_api_token").query(String.class).single()).doesNotContain(token);
    }

    private static List<String> provinces(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValuesAsString("province");
    }
}
