package vn.lienket.portal.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.NewUser;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The province submitter's pages as a clerk of Lâm Đồng (P34:68) reads them: the upload and its verdict,
 * the annotated copy, the history of their own province only, the diff in the workbook's words, the
 * template, and the English switch.
 */
class SubmitterPagesIT extends PortalHttpTestBase {

    static final String CAPITAL = "Vốn đăng ký (tỷ đồng)";
    static final PortalUser CLERK_LAM_DONG = new PortalUser("lamdong", PortalRole.SUBMITTER,
            Optional.of(ProvinceId.parse("P34:68")), Set.of(), Set.of());
    static final PortalUser CLERK_DAK_LAK = new PortalUser("daklak", PortalRole.SUBMITTER,
            Optional.of(ProvinceId.parse("P34:66")), Set.of(), Set.of());

    @TempDir
    Path work;

    @Autowired
    WebApplicationContext context;
    @Autowired
    SubmissionIntake intake;

    MockMvc mvc;

    @BeforeEach
    void pages() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor as(PortalUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
    }

    @Test
    void aFlawedWorkbookIsRejectedWithItsCellAndMessageAndAnAnnotatedCopy() throws Exception {
        Path flawed = WorkbookFixtures.valid().set("DuAn", 3, CAPITAL, "bốn trăm").writeXlsx(work);

        long id = upload(CLERK_LAM_DONG, flawed);
        String page = page(CLERK_LAM_DONG, "/submissions/" + id);

        assertThat(text(page, "verdict-status")).isEqualTo("Bị từ chối");
        assertThat(page).contains("id=\"problems\"").contains("DuAn!F3");
        assertThat(rowOf(page, "DuAn!F3")).contains("Lỗi").contains("bốn trăm");
        assertThat(text(page, "receipt-id")).isEqualTo(String.valueOf(id));
        assertThat(page).contains("id=\"annotated-link\"").contains("Tải bản có chú thích");

        MvcResult streaming = mvc.perform(get("/submissions/" + id + "/annotated").with(as(CLERK_LAM_DONG))).andReturn();
        MockHttpServletResponse annotated = mvc.perform(asyncDispatch(streaming)).andReturn().getResponse();
        assertThat(annotated.getStatus()).isEqualTo(200);
        assertThat(annotated.getHeader("Content-Disposition")).contains("workbook.kiem-tra.xlsx");
        try (XSSFWorkbook copy = new XSSFWorkbook(new java.io.ByteArrayInputStream(annotated.getContentAsByteArray()))) {
            assertThat(copy.getSheet("Lỗi")).as("the sheet listing the problems").isNotNull();
            assertThat(copy.getSheet("DuAn").getRow(2).getCell(5).getCellComment()).as("the flawed cell is commented").isNotNull();
        }
    }

    @Test
    void aValidWorkbookIsAcceptedWithItsReceiptAndTheSameBytesAgainAreAlreadyProcessed() throws Exception {
        Path valid = WorkbookFixtures.valid().writeXlsx(work);

        long id = upload(CLERK_LAM_DONG, valid);
        String page = page(CLERK_LAM_DONG, "/submissions/" + id);

        assertThat(text(page, "verdict-status")).isEqualTo("Đã nhận");
        assertThat(page).doesNotContain("id=\"annotated-link\"").contains("id=\"problems-none\"");
        assertThat(text(page, "receipt-sha256")).isEqualTo(vn.lienket.intake.archive.SubmissionArchive.sha256Of(valid));
        assertThat(text(page, "receipt-received-at")).contains("Asia/Ho_Chi_Minh");
        String contract = jdbc.sql("SELECT contract_version FROM submission WHERE submission_id = ?").param(id)
                .query(String.class).single();
        assertThat(text(page, "receipt-contract")).as("the workbook contract it was checked under").isEqualTo(contract);
        assertThat(page).contains("<dt>Mẫu</dt>");
        assertThat(rowOf(page(CLERK_LAM_DONG, "/submissions"), "submission-" + id)).contains(contract);
        assertThat(page).contains("<td>DuAn</td>");

        MockHttpServletResponse again = mvc.perform(multipart("/submit").file(file(valid)).with(as(CLERK_LAM_DONG)).with(csrf()))
                .andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/submissions/" + id);
        String secondVerdict = mvc.perform(get("/submissions/" + id).with(as(CLERK_LAM_DONG))
                        .flashAttr("alreadyProcessed", true))
                .andReturn().getResponse().getContentAsString();
        assertThat(text(secondVerdict, "verdict-status")).isEqualTo("Đã xử lý trước đó");
    }

    @Test
    void aWorkbookOfAnotherProvinceIsRefusedAndTheHistoryShowsOnlyTheOwnProvince() throws Exception {
        Path lamDong = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("ld")));
        Path dakLak = WorkbookFixtures.valid().cover("Tỉnh/thành phố", "P34:66").writeXlsx(Files.createDirectories(work.resolve("dl")));
        long own = upload(CLERK_LAM_DONG, lamDong);
        long other = intake.load(dakLak, "inbox:P34-66/bao-cao.xlsx").submission().id();

        Path dakLakDraft = WorkbookFixtures.valid().cover("Tỉnh/thành phố", "P34:66").set("DuAn", 3, CAPITAL, 421)
                .writeXlsx(Files.createDirectories(work.resolve("dl-draft")));
        long refused = upload(CLERK_LAM_DONG, dakLakDraft);
        String refusal = page(CLERK_LAM_DONG, "/submissions/" + refused);
        assertThat(text(refusal, "verdict-status")).as("judged, refused for its cover, and the sender's to read").isEqualTo("Bị từ chối");
        assertThat(refusal).contains("PROVINCE_NOT_EXPECTED");
        assertThat(refusals()).as("the refused upload is audited").isEqualTo(1);

        MockHttpServletResponse sameBytes = mvc.perform(multipart("/submit").file(file(dakLak)).with(as(CLERK_LAM_DONG)).with(csrf()))
                .andReturn().getResponse();
        assertThat(sameBytes.getStatus()).as("Đắk Lắk's current bytes through Lâm Đồng's door").isEqualTo(403);
        assertThat(text(sameBytes.getContentAsString(), "upload-error")).contains("tỉnh khác").contains("P34:68");
        assertThat(sameBytes.getContentAsString()).doesNotContain("/submissions/" + other);
        assertThat(refusals()).isEqualTo(2);

        String history = page(CLERK_LAM_DONG, "/submissions");
        assertThat(history).contains("id=\"history\"").contains("submission-" + own).doesNotContain("submission-" + other);
        assertThat(mvc.perform(get("/submissions/" + other).with(as(CLERK_LAM_DONG))).andReturn().getResponse().getStatus())
                .as("another province's verdict is not found").isEqualTo(404);
        assertThat(mvc.perform(get("/submissions/" + other + "/annotated").with(as(CLERK_LAM_DONG))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/submissions/" + other + "/original").with(as(CLERK_LAM_DONG))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page(CLERK_DAK_LAK, "/submissions")).contains("submission-" + other).doesNotContain("submission-" + own);
    }

    @Test
    void theDiffNamesTheColumnByItsHeaderNotItsCode() throws Exception {
        upload(CLERK_LAM_DONG, WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1"))));
        long second = upload(CLERK_LAM_DONG, WorkbookFixtures.valid().set("DuAn", 3, CAPITAL, 430)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))));

        String diff = page(CLERK_LAM_DONG, "/submissions/" + second + "/diff");

        assertThat(diff).contains("id=\"diff\"").contains(CAPITAL).doesNotContain("registered_capital_bn");
        assertThat(rowOf(diff, CAPITAL)).contains("LD-002").contains("420").contains("430").contains("Thay đổi");
    }

    @Test
    void theEnglishSwitchChangesTheHeadingsAndIsRemembered() throws Exception {
        long id = upload(CLERK_LAM_DONG, WorkbookFixtures.valid().set("DuAn", 3, CAPITAL, "bốn trăm").writeXlsx(work));

        MockHttpServletResponse english = mvc.perform(get("/submissions/" + id).param("lang", "en").with(as(CLERK_LAM_DONG)))
                .andReturn().getResponse();
        String page = english.getContentAsString();
        assertThat(text(page, "verdict-status")).isEqualTo("Rejected");
        assertThat(page).contains("Errors and warnings").contains("Download the annotated copy").doesNotContain("Lỗi và cảnh báo");
        Cookie language = english.getCookie(PortalWebConfiguration.LANGUAGE_COOKIE);
        assertThat(language).isNotNull();

        String later = mvc.perform(get("/submissions").with(as(CLERK_LAM_DONG)).cookie(language))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("Submission history").contains("id=\"lang-vi\"");
        assertThat(page(CLERK_LAM_DONG, "/submissions")).contains("Lịch sử nộp báo cáo").contains("id=\"lang-en\"");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedOnTheFormAndNothingIsKept() throws Exception {
        MockMultipartFile text = new MockMultipartFile("file", "bao-cao.xlsx", "application/octet-stream",
                "Tỉnh,Quý\nLâm Đồng,2026-Q1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/submit").file(text).with(as(CLERK_LAM_DONG)).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(text(page, "upload-error")).contains("không phải sổ tính Excel");
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
    }

    @Test
    void theTemplateIsTheOwnProvincesAndNoOtherOne() throws Exception {
        MockHttpServletResponse template = mvc.perform(get("/template").param("quarter", "2026-Q3").with(as(CLERK_LAM_DONG)))
                .andReturn().getResponse();
        assertThat(template.getStatus()).isEqualTo(200);
        assertThat(template.getHeader("Content-Disposition")).contains("P34-68-2026-Q3.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.getContentAsByteArray()))) {
            assertThat(workbook.getSheet("BiaBaoCao")).isNotNull();
        }
        assertThat(mvc.perform(get("/template").param("quarter", "2026-Q3").param("province", "P34:66").with(as(CLERK_LAM_DONG)))
                .andReturn().getResponse().getStatus()).as("acting for another province is refused").isEqualTo(403);
        String form = page(CLERK_LAM_DONG, "/submit");
        assertThat(form).contains("id=\"upload-form\"").contains("id=\"upload-file\"").contains("name=\"file\"")
                .contains("id=\"upload-submit\"").contains("name=\"_csrf\"").contains("Lâm Đồng (P34:68)");
    }

    @Test
    void aFileOverTheLimitGetsTheFormBackSayingTheLimitAndItsSizeAndTheApiAnswers413() throws Exception {
        Path large = work.resolve("bao-cao-co-hinh-anh.xlsx");
        Files.write(large, new byte[3 * 1024 * 1024]);   // the tests' limit is 2 MB (src/test/resources/application.yml)
        PortalClient clerk = account(new NewUser("lamdong", PortalRole.SUBMITTER, Optional.of(LAM_DONG), Set.of(), Set.of()));
        clerk.signIn();

        HttpResponse<String> refused = clerk.upload("/submit", large);
        assertThat(refused.statusCode()).as("back to the form, not 'not allowed'").isEqualTo(303);
        URI back = URI.create(refused.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> form = clerk.get(back.getRawPath() + "?" + back.getRawQuery());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(text(form.body(), "upload-error")).startsWith("Tệp quá lớn (3 MB): cổng thông tin nhận tệp đến 2 MB.");
        assertThat(text(form.body(), "upload-limit")).isEqualTo("Tệp tối đa 2 MB.");
        assertThat(form.body()).as("what the browser's own check (static/js/upload-limit.js) needs")
                .contains("data-max-bytes=\"2097152\"")
                .contains("data-too-large=\"Tệp quá lớn ({size}): cổng thông tin nhận tệp đến 2 MB.")
                .contains("<script src=\"/js/upload-limit.js\" defer></script>")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
        HttpResponse<String> script = anonymous().get("/js/upload-limit.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));

        HttpResponse<String> api = clerk.upload("/api/submissions", large);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
        assertThat(refusals()).as("an upload too large is no refusal of access").isZero();
    }

    @Test
    void aFileOverTheLimitThatReachesTheFormIsAnsweredWithItsSize() throws Exception {
        MockMultipartFile large = new MockMultipartFile("file", "bao-cao.xlsx", "application/octet-stream",
                new byte[2 * 1024 * 1024 + 512 * 1024]);

        MockHttpServletResponse response = mvc.perform(multipart("/submit").file(large).with(as(CLERK_LAM_DONG)).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(text(response.getContentAsString(), "upload-error")).startsWith("Tệp quá lớn (2,5 MB): cổng thông tin nhận tệp đến 2 MB.");
    }

    private long refusals() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'access-refused' AND actor = 'portal:lamdong'")
                .query(Long.class).single();
    }

    private long upload(PortalUser user, Path workbook) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/submit").file(file(workbook)).with(as(user)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("redirect after post to the verdict").startsWith("/submissions/");
        return Long.parseLong(response.getRedirectedUrl().substring("/submissions/".length()));
    }

    private static MockMultipartFile file(Path workbook) throws Exception {
        return new MockMultipartFile("file", workbook.getFileName().toString(), "application/octet-stream",
                Files.readAllBytes(workbook));
    }

    private String page(PortalUser user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The text of the element with this id, tags stripped. */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).replaceAll("<[^>]+>", "").strip();
    }

    /** The table row holding {@code content}, tags stripped. */
    static String rowOf(String html, String content) {
        int at = html.indexOf(content);
        assertThat(at).as(content).isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
