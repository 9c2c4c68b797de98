package vn.lienket.portal.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.render.ScorecardRecord;
import vn.lienket.render.ScorecardRegistry;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.lienket.portal.web.SubmitterPagesIT.as;
import static vn.lienket.portal.web.SubmitterPagesIT.text;

/**
 * The pages of the other roles: a leader of the Tây Nguyên programme reads its scorecards and board and
 * nothing of the coast's; an auditor reads every submission, the archived original and the audit log; an
 * operator keeps the mail recipients and the targets and reads the deadlines.
 */
class RolePagesIT extends PortalHttpTestBase {

    static final PortalUser TN_LEADER = new PortalUser("lanhdao-tn", PortalRole.LEADER, Optional.empty(),
            Set.of("HCMC_TN"), Set.of());
    static final PortalUser AUDITOR = new PortalUser("kiemtoan", PortalRole.AUDITOR, Optional.empty(), Set.of(), Set.of());
    static final PortalUser OPERATOR = new PortalUser("quantri", PortalRole.OPERATOR, Optional.empty(), Set.of(), Set.of());
    static final PortalUser CLERK_LAM_DONG = SubmitterPagesIT.CLERK_LAM_DONG;

    @TempDir
    Path work;

    @Autowired
    WebApplicationContext context;
    @Autowired
    SubmissionIntake intake;
    @Autowired
    ScorecardRegistry scorecards;
    @Autowired
    QuarterDeadlines deadlines;

    MockMvc mvc;

    @BeforeEach
    void pages() {
        jdbc.sql("TRUNCATE programme_target, recipient").update();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aLeaderReadsTheScorecardsAndBoardOfTheirProgrammeOnly() throws Exception {
        Quarter quarter = Quarter.parse("2026-Q3");
        ScorecardRecord highlands = scorecard("HCMC_TN", "TP.HCM – Tây Nguyên", quarter, "tay-nguyen");
        ScorecardRecord coast = scorecard("HCMC_DHTB", "TP.HCM – Duyên hải Trung Bộ", quarter, "duyen-hai");

        String shelf = page(TN_LEADER, "/scorecards?quarter=2026-Q3&view=current");
        assertThat(shelf).contains("id=\"scorecards\"").contains("TP.HCM – Tây Nguyên").doesNotContain("Duyên hải");
        MockHttpServletResponse pdf = mvc.perform(get("/scorecards/" + highlands.id() + ".pdf").with(as(TN_LEADER)))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentAsByteArray()).isEqualTo(Files.readAllBytes(highlands.pdf()));
        assertThat(status(TN_LEADER, "/scorecards/" + coast.id() + ".pdf")).as("another programme's scorecard").isEqualTo(404);
        assertThat(status(TN_LEADER, "/scorecards/" + highlands.id() + ".xlsx")).isEqualTo(200);
        assertThat(status(CLERK_LAM_DONG, "/scorecards")).as("submitters have no scorecard shelf").isEqualTo(403);

        String board = page(TN_LEADER, "/board?quarter=2026-Q3");
        assertThat(board).contains("id=\"board\"").contains("data-province=\"P34:68\"").contains("Lâm Đồng (P34:68)")
                .doesNotContain("data-province=\"P34:56\"").contains("15/10/2026");
    }

    @Test
    void anAuditorReadsEverySubmissionTheArchivedOriginalAndTheAuditLog() throws Exception {
        Path workbook = WorkbookFixtures.valid().writeXlsx(work);
        long id = intake.load(workbook, "inbox:P34-68/bao-cao.xlsx").submission().id();

        String all = page(AUDITOR, "/audit/submissions");
        assertThat(all).contains("id=\"history\"").contains("submission-" + id).contains("inbox:P34-68/bao-cao.xlsx");
        MvcResult streaming = mvc.perform(get("/submissions/" + id + "/original").with(as(AUDITOR))).andReturn();
        MockHttpServletResponse original = mvc.perform(asyncDispatch(streaming)).andReturn().getResponse();
        assertThat(original.getContentAsByteArray()).isEqualTo(Files.readAllBytes(workbook));

        String log = page(AUDITOR, "/audit/log");
        assertThat(log).contains("id=\"audit-log\"").contains("inbox:P34-68/bao-cao.xlsx").contains("loaded");
        assertThat(status(CLERK_LAM_DONG, "/audit/log")).isEqualTo(403);
        assertThat(status(TN_LEADER, "/submissions/" + id + "/original")).isEqualTo(403);
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndOnlyTheNewOneSignsIn() throws Exception {
        PortalUsers.CreatedUser created = users.addWithRandomPassword(new NewUser("lanh-dao-tn", PortalRole.LEADER, Optional.empty(),
                Set.of("HCMC_TN"), Set.of()));
        PortalClient leader = PortalClient.as(port, "lanh-dao-tn", created.password());
        leader.signIn();
        assertThat(leader.get("/board").body()).contains("id=\"nav-password\"");

        HttpResponse<String> wrong = leader.postForm("/account/password",
                "current=khong-dung-mat-khau&password=mat-khau-moi-du-dai&passwordAgain=mat-khau-moi-du-dai");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(text(leader.get("/account/password").body(), "password-message")).isEqualTo("Mật khẩu hiện tại không đúng.");
        leader.postForm("/account/password", "current=" + created.password() + "&password=ngan&passwordAgain=ngan");
        assertThat(text(leader.get("/account/password").body(), "password-message")).isEqualTo("Mật khẩu quá ngắn: cần ít nhất 10 ký tự.");

        leader.postForm("/account/password",
                "current=" + created.password() + "&password=mat-khau-moi-du-dai&passwordAgain=mat-khau-moi-du-dai");
        assertThat(text(leader.get("/account/password").body(), "password-message"))
                .isEqualTo("Đã đổi mật khẩu. Lần đăng nhập sau xin dùng mật khẩu mới.");

        assertThat(PortalClient.as(port, "lanh-dao-tn", created.password()).signIn().headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(PortalClient.as(port, "lanh-dao-tn", "mat-khau-moi-du-dai").signIn().headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'password-changed' AND details ->> 'username' = 'lanh-dao-tn'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOperatorEnablesADisabledAccountAgainAndItsEarlierTokenStaysVoid() throws Exception {
        users.addWithRandomPassword(new NewUser("so-ct-khanhhoa", PortalRole.SUBMITTER, Optional.of(ProvinceId.parse("P34:56")),
                Set.of(), Set.of()));
        String token = users.issueToken("so-ct-khanhhoa");
        mvc.perform(post("/admin/users/disable").with(as(OPERATOR)).with(csrf()).param("username", "so-ct-khanhhoa"));
        assertThat(page(OPERATOR, "/admin/users")).contains("/admin/users/enable").contains("Kích hoạt lại");

        var enabled = mvc.perform(post("/admin/users/enable").with(as(OPERATOR)).with(csrf()).param("username", "so-ct-khanhhoa"))
                .andReturn();

        assertThat(enabled.getFlashMap().get("message"))
                .isEqualTo("Đã kích hoạt lại tài khoản so-ct-khanhhoa; các mã truy cập API cũ vẫn không dùng được.");
        assertThat(users.find("so-ct-khanhhoa")).hasValueSatisfying(account -> assertThat(account.enabled()).isTrue());
        assertThat(users.findByToken(token)).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE details ->> 'username' = 'so-ct-khanhhoa' ORDER BY chain_position")
                .query(String.class).list()).containsExactly("user-added", "token-issued", "user-disabled", "user-enabled");
        assertThat(mvc.perform(post("/admin/users/enable").with(as(OPERATOR)).with(csrf()).param("username", "so-ct-khanhhoa"))
                .andReturn().getFlashMap().get("message")).isEqualTo("Không có tài khoản bị vô hiệu hóa nào tên so-ct-khanhhoa.");
    }

    @Test
    void anOperatorSetsAQuartersDeadlineWithItsReasonAndTheBoardFollowsIt() throws Exception {
        String before = page(TN_LEADER, "/board?quarter=2026-Q3");
        assertThat(text(before, "board-deadline")).isEqualTo("Hạn nộp: 15/10/2026");
        assertThat(before).as("today (16/10/2026) the rule's deadline has passed").contains("Chưa nộp (quá hạn)");

        MockHttpServletResponse set = mvc.perform(post("/admin/deadlines").with(as(OPERATOR)).with(csrf())
                .param("quarter", "2026-Q3").param("deadline", "2026-10-31").param("reason", "Bão số 12"))
                .andReturn().getResponse();
        assertThat(set.getRedirectedUrl()).isEqualTo("/admin/deadlines");

        String after = page(TN_LEADER, "/board?quarter=2026-Q3");
        assertThat(text(after, "board-deadline")).isEqualTo("Hạn nộp: 31/10/2026");
        assertThat(after).doesNotContain("Chưa nộp (quá hạn)").contains("Chưa nộp");
        String deadlines = page(OPERATOR, "/admin/deadlines");
        assertThat(deadlines).contains("data-quarter=\"2026-Q3\" data-set=\"true\"").contains("Bão số 12 — quantri")
                .contains("id=\"deadline-form\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'deadline-set' AND details ->> 'by' = 'quantri'")
                .query(Long.class).single()).isEqualTo(1);

        assertThat(refusal("2026-09-30", "Bão")).isEqualTo(
                "Không đặt được hạn 30/09/2026 cho quý 2026-Q3: hạn phải từ 01/10/2026 đến 30/12/2026 (sau ngày cuối quý, trước ngày cuối quý sau).");
        assertThat(refusal("31/10/2026", "Bão")).isEqualTo("Ngày không hợp lệ: „31/10/2026“ (ví dụ 2026-10-31).");
        assertThat(refusal("2026-11-05", " ")).isEqualTo("Xin ghi lý do đặt hạn nộp quý 2026-Q3.");
        assertThat(text(page(TN_LEADER, "/board?quarter=2026-Q3"), "board-deadline")).isEqualTo("Hạn nộp: 31/10/2026");
    }

    @Test
    void anOperatorRemovesAQuartersDeadlineAndTheRuleAppliesAgain() throws Exception {
        deadlines.set(Quarter.parse("2026-Q3"), LocalDate.parse("2026-10-31"), "Bão số 12", "vanhanh-cu");
        assertThat(page(OPERATOR, "/admin/deadlines")).contains("id=\"deadline-remove-2026-Q3\"");
        assertThat(mvc.perform(post("/admin/deadlines/remove").with(as(OPERATOR)).param("quarter", "2026-Q3"))
                .andReturn().getResponse().getStatus()).as("a form without its CSRF token").isEqualTo(403);

        var removed = mvc.perform(post("/admin/deadlines/remove").with(as(OPERATOR)).with(csrf()).param("quarter", "2026-Q3"))
                .andReturn();

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/admin/deadlines");
        assertThat(removed.getFlashMap().get("message"))
                .isEqualTo("Đã bỏ hạn nộp đặt riêng của quý 2026-Q3 (31/10/2026); quý này lại theo quy định: 15/10/2026.");
        String board = page(TN_LEADER, "/board?quarter=2026-Q3");
        assertThat(text(board, "board-deadline")).isEqualTo("Hạn nộp: 15/10/2026");
        assertThat(board).as("today (16/10/2026) the rule's deadline has passed").contains("Chưa nộp (quá hạn)");
        String page = page(OPERATOR, "/admin/deadlines");
        assertThat(page).contains("data-quarter=\"2026-Q3\" data-set=\"false\"").doesNotContain("deadline-remove-2026-Q3");
        assertThat(jdbc.sql("""
                        SELECT (details ->> 'before') || ' by ' || (details ->> 'by') || ', set by ' || (details ->> 'set_by')
                          FROM audit_log WHERE action = 'deadline-removed'""").query(String.class).list())
                .containsExactly("2026-10-31 by quantri, set by vanhanh-cu");

        var again = mvc.perform(post("/admin/deadlines/remove").with(as(OPERATOR)).with(csrf()).param("quarter", "2026-Q3"))
                .andReturn();
        assertThat(again.getFlashMap().get("messageKind")).isEqualTo("error");
        assertThat(again.getFlashMap().get("message")).isEqualTo("Quý 2026-Q3 không có hạn nộp đặt riêng; hạn theo quy định: 15/10/2026.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'deadline-removed'").query(Long.class).single()).isEqualTo(1);
    }

    private String refusal(String deadline, String reason) throws Exception {
        var result = mvc.perform(post("/admin/deadlines").with(as(OPERATOR)).with(csrf())
                .param("quarter", "2026-Q3").param("deadline", deadline).param("reason", reason)).andReturn();
        assertThat(result.getFlashMap().get("messageKind")).isEqualTo("error");
        return (String) result.getFlashMap().get("message");
    }

    @Test
    void anOperatorKeepsRecipientsAndTargetsAndReadsTheDeadlines() throws Exception {
        MockHttpServletResponse added = mvc.perform(post("/admin/recipients").with(as(OPERATOR)).with(csrf())
                        .param("list", "province:P34:68").param("email", "socongthuong@lamdong.gov.vn").param("name", "Sở Công Thương"))
                .andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/recipients");
        assertThat(page(OPERATOR, "/admin/recipients")).contains("socongthuong@lamdong.gov.vn").contains("province:P34:68");
        assertThat(mvc.perform(post("/admin/recipients").with(as(OPERATOR))
                        .param("list", "province:P34:68").param("email", "x@y.vn")).andReturn().getResponse().getStatus())
                .as("a form without its CSRF token").isEqualTo(403);

        mvc.perform(post("/admin/targets").with(as(OPERATOR)).with(csrf()).param("programme", "HCMC_TN")
                .param("kpi", "investment_projects_active").param("year", "2026").param("quarter", "").param("value", "150"));
        String targets = page(OPERATOR, "/admin/targets");
        assertThat(targets).contains("id=\"targets\"").contains("Dự án đang triển khai và hoạt động").contains(">150<");

        assertThat(text(page(OPERATOR, "/admin/deadlines"), "deadlines-rule")).contains("15 ngày");

        mvc.perform(post("/admin/users").with(as(OPERATOR)).with(csrf()).param("username", "so-ct-khanhhoa")
                .param("role", "submitter").param("province", "P34:56"));
        String accounts = mvc.perform(get("/admin/users").with(as(OPERATOR)).flashAttr("newPassword", "shown-once"))
                .andReturn().getResponse().getContentAsString();
        assertThat(accounts).contains("data-username=\"so-ct-khanhhoa\"").contains("P34:56");
        assertThat(users.find("so-ct-khanhhoa")).hasValueSatisfying(account ->
                assertThat(account.user().province()).map(Object::toString).hasValue("P34:56"));
        assertThat(status(AUDITOR, "/admin/targets")).isEqualTo(403);
    }

    private ScorecardRecord scorecard(String programme, String name, Quarter quarter, String file) throws Exception {
        Path pdf = Files.writeString(work.resolve(file + ".pdf"), "%PDF-1.7 " + name);
        Path xlsx = Files.writeString(work.resolve(file + ".xlsx"), "PK " + name);
        return scorecards.record(new ScorecardRecord(0, SubjectKind.PROGRAMME, programme, name, quarter, ScorecardView.CURRENT,
                ReportLanguage.VI, pdf, "a".repeat(64), xlsx, "b".repeat(64), Instant.parse("2026-10-16T02:00:00Z"), List.of()));
    }

    private String page(PortalUser user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(PortalUser user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andReturn().getResponse().getStatus();
    }
}
