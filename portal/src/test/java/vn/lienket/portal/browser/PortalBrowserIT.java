package vn.lienket.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.portal.PortalTestApplication;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.render.ScorecardRuns;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.WarehouseReset;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.testing.WorkbookFixtures;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real browser (Debian's chromium, headless), as provincial staff and leaders use it:
 * sign in, upload a flawed workbook, read its errors, download the annotated copy, upload the corrected
 * workbook, see the receipt and the history; a leader downloads a scorecard; a submitter who types the
 * address of another province's submission is refused. Skipped, with the reason, where the browser is
 * not installed ({@link HeadlessChromium}).
 */
@SpringBootTest(classes = {PortalTestApplication.class, PortalBrowserIT.Rendering.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class PortalBrowserIT {

    private static final ProvinceId LAM_DONG = ProvinceId.parse("P34:68");
    private static final ProvinceId DAK_LAK = ProvinceId.parse("P34:66");
    private static final String CAPITAL = "Vốn đăng ký (tỷ đồng)";

    @TempDir
    static Path archiveDir;

    @TempDir
    static Path scorecardDir;

    @TempDir
    Path work;

    static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    PortalUsers users;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    ScorecardRuns scorecards;

    @Autowired
    JdbcClient jdbc;

    /** The scorecard job, which the portal only reads from, to give the leader a scorecard to download. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan("vn.lienket.render")
    @ConfigurationPropertiesScan("vn.lienket.render")
    static class Rendering {
    }

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> archiveDir.toString());
        registry.add("lienket.scorecard.output-dir", () -> scorecardDir.toString());
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** One browser for the class, started by the first test; each test skipped, with the reason, without it. */
    @BeforeEach
    void browserSignedOutAndEmptyWarehouse() throws IOException {
        HeadlessChromium.assumeAvailable();
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        WarehouseReset.empty(sql -> jdbc.sql(sql).update());
        chromium.driver().manage().deleteAllCookies();
        chromium.clearDownloads();
    }

    @Test
    void aProvinceUploadsAFlawedWorkbookReadsItsErrorsFixesItFromTheAnnotatedCopyAndIsAccepted() throws IOException {
        String password = users.addWithRandomPassword(NewUser.submitter("so-ct-lamdong", LAM_DONG)).password();
        Path flawed = WorkbookFixtures.valid().set("DuAn", 3, CAPITAL, -420)
                .writeXlsx(Files.createDirectories(work.resolve("flawed")));
        Path corrected = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("corrected")));
        WebDriver browser = chromium.driver();

        signIn("so-ct-lamdong", password);
        browser.get(url("/submit"));
        upload(flawed);

        assertThat(status()).isEqualTo("rejected");
        assertThat(text("verdict-status")).isEqualTo("Bị từ chối");
        WebElement negative = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#problems tr[data-code='INV_CAPITAL_NEGATIVE']")));
        assertThat(negative.getText()).contains("DuAn").contains("F3").contains("không được âm");
        String rejectedId = text("receipt-id");

        browser.findElement(By.id("annotated-link")).click();
        Path annotated = chromium.downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(annotated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Comment comment = workbook.getSheet("DuAn").getCellComment(new CellAddress("F3"));
            assertThat(comment).as("the annotated copy marks the wrong cell").isNotNull();
            assertThat(comment.getString().getString()).contains("không được âm");
        }

        browser.get(url("/submit"));
        upload(corrected);

        assertThat(status()).isEqualTo("accepted");
        assertThat(browser.findElements(By.cssSelector("#problems tr[data-severity='error']"))).isEmpty();
        String acceptedId = text("receipt-id");
        assertThat(text("receipt-sha256")).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT status FROM submission WHERE submission_id = :id").param("id", Long.parseLong(acceptedId))
                .query(String.class).single()).isEqualTo(SubmissionStatus.LOADED.code());

        browser.get(url("/submissions"));
        WebElement history = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(history.findElement(By.id("submission-" + acceptedId)).getText()).contains("P34:68").contains("2026-Q1");
        assertThat(history.findElement(By.id("submission-" + rejectedId)).getText()).contains("Bị từ chối");

        browser.findElement(By.id("lang-en")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-vi")));
        assertThat(browser.findElement(By.id("submission-" + rejectedId)).getText()).contains("Rejected");
    }

    @Test
    void aFileOverTheLimitIsKeptBackInTheBrowserWithTheServersOwnMessage() throws IOException {
        String password = users.addWithRandomPassword(NewUser.submitter("so-ct-lamdong", LAM_DONG)).password();
        Path tooLarge = Files.write(work.resolve("bao-cao-co-hinh-anh.xlsx"), new byte[(int) (3.5 * 1024 * 1024)]);
        WebDriver browser = chromium.driver();
        signIn("so-ct-lamdong", password);
        browser.get(url("/submit?tooLarge=" + Files.size(tooLarge)));
        String serversMessage = text("upload-error");

        browser.get(url("/submit"));
        assertThat(browser.findElements(By.id("upload-error"))).isEmpty();
        browser.findElement(By.id("upload-file")).sendKeys(tooLarge.toAbsolutePath().toString());
        browser.findElement(By.id("upload-submit")).click();

        WebElement notice = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-error")));
        assertThat(notice.getText()).isEqualTo(serversMessage).startsWith("Tệp quá lớn (3,5 MB): cổng thông tin nhận tệp đến 2 MB.");
        assertThat(browser.getCurrentUrl()).as("the form was not sent: the server would have answered /submit?tooLarge=…")
                .isEqualTo(url("/submit"));
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
    }

    @Test
    void aSubmitterWhoTypesTheAddressOfAnotherProvincesSubmissionIsRefused() throws IOException {
        String password = users.addWithRandomPassword(NewUser.submitter("so-ct-lamdong", LAM_DONG)).password();
        long dakLak = intake.load(workbookOf(DAK_LAK, "Đắk Lắk", Quarter.parse("2026-Q1")), "so-ct-daklak").submission().id();
        WebDriver browser = chromium.driver();

        signIn("so-ct-lamdong", password);
        for (String address : List.of("/submissions/" + dakLak, "/submissions/" + dakLak + "/annotated",
                "/submissions/" + dakLak + "/diff", "/submissions/" + dakLak + "/original")) {
            browser.get(url(address));
            WebElement title = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
            assertThat(title.getText()).as(address).isNotBlank();
            assertThat(browser.getPageSource()).as(address).doesNotContain("Đắk Lắk").doesNotContain("so-ct-daklak");
            assertThat(browser.findElements(By.id("receipt-id"))).as(address).isEmpty();
        }
        browser.get(url("/submissions"));
        assertThat(browser.findElements(By.id("submission-" + dakLak))).as("not in the history either").isEmpty();
    }

    @Test
    void aLeaderDownloadsTheScorecardOfTheirProgramme() throws IOException {
        intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-ct-lamdong");
        Quarter quarter = Quarter.parse("2026-Q1");
        scorecards.render(new ScorecardRuns.RenderRequest(quarter, ScorecardView.CURRENT, ReportLanguage.VI,
                List.of(new ScorecardSubject.Programme("HCMC_TN")), scorecardDir), recorded -> { });
        String password = users.addWithRandomPassword(new NewUser("lanh-dao-tn", PortalRole.LEADER,
                java.util.Optional.empty(), java.util.Set.of("HCMC_TN"), java.util.Set.of())).password();
        WebDriver browser = chromium.driver();

        signIn("lanh-dao-tn", password);
        browser.get(url("/scorecards?quarter=2026-Q1&view=current"));
        WebElement row = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#scorecards tr[data-subject='HCMC_TN']")));
        row.findElement(By.partialLinkText("PDF")).click();

        Path pdf = chromium.downloaded(".pdf");
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void signIn(String username, String password) {
        WebDriver browser = chromium.driver();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void upload(Path workbook) {
        WebDriver browser = chromium.driver();
        browser.findElement(By.id("upload-file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.id("upload-submit")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-status")));
    }

    private String status() {
        return chromium.driver().findElement(By.id("verdict-status")).getAttribute("data-status");
    }

    private String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText().trim();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A one-project workbook of another province, written as the template would be filled in. */
    private Path workbookOf(ProvinceId province, String name, Quarter quarter) throws IOException {
        Path file = work.resolve(province.era() + "-" + province.code() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(WorkbookContracts.released().latest(), out)) {
            writer.cover(new CoverInfo(province, name, quarter, "Phòng Hợp tác", "0262 3852 111", "v1"));
            writer.investmentProject(InvestmentProjectRow.builder()
                    .set("project_code", "DL-001").set("project_name", "Nhà máy chế biến cà phê Buôn Ma Thuột")
                    .set("investor", "Công ty CP Cà phê Sài Gòn").set("sector", "agro_processing")
                    .set("registered_capital", new BigDecimal("300")).set("disbursed_capital", new BigDecimal("120"))
                    .set("area_ha", new BigDecimal("15")).set("status", "under_implementation")
                    .set("licence_date", LocalDate.of(2024, 5, 2)).set("jobs", 80L).build());
        }
        return file;
    }
}
