package vn.lienket.portal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's {@code chromium} driven headless through Debian's {@code chromedriver}, for the portal's
 * end-to-end tests. Both executables are named explicitly, so Selenium Manager never looks for (let
 * alone downloads) a driver or a browser. Where they are not installed, {@link #assumeAvailable} aborts
 * the test with a JUnit assumption naming what is missing and the install line, so the run reports it
 * as skipped, never as passed ({@code .ci/run} installs them when it can).
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=vi");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Why the browser cannot be had on this machine, or empty when both executables are there. */
    public static Optional<String> unavailableReason() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("no browser for the end-to-end tests: " + String.join(", ", missing) + " missing (" + INSTALL + ")");
    }

    /**
     * Skips the calling test, naming what is missing, when the browser is not installed. Call it from the
     * test or a {@code @BeforeEach}: an assumption failing in {@code @BeforeAll} makes Surefire and
     * Failsafe report the class as zero tests run, which reads like a pass.
     */
    public static void assumeAvailable() {
        Optional<String> unavailable = unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElseThrow());
    }

    /**
     * A fresh browser with a profile of its own and downloads saved, without asking, into a fresh
     * directory ({@link #downloads()}); skips the calling test when the browser is not installed.
     */
    public static HeadlessChromium start() throws IOException {
        assumeAvailable();
        Path profile = Files.createTempDirectory("lienket-chromium-profile");
        Path downloads = Files.createTempDirectory("lienket-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                // a PDF is saved like any other download, not shown in the browser's viewer
                "plugins.always_open_pdf_externally", true,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits for what a person would wait for: a page to answer, a download to finish. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Where the browser saves what the user downloads. */
    public Path downloads() {
        return downloads;
    }

    /**
     * The file the browser saved whose name ends with {@code suffix}, once the download is complete
     * (Chromium writes {@code .crdownload} first and renames at the end).
     */
    public Path downloaded(String suffix) {
        return waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Forgets what was downloaded so far, so the next {@link #downloaded} finds the next file. */
    public void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
            FileSystemUtils.deleteRecursively(downloads);
        }
    }
}
