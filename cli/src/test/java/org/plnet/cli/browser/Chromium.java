package org.plnet.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The headless browser of the browser tests: Debian's /usr/bin/chromium through /usr/bin/chromedriver (never a
 * downloaded browser), offline, 1280 pixels wide, with the console kept so that a test can assert that a page
 * logged nothing. A test class that uses it is skipped where chromium is not installed.
 */
final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;

    private Chromium() {
    }

    /** Skips the calling test class unless chromium and chromedriver are installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed");
    }

    /** A new browser with its profile in {@code profile}. */
    static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + ",900",
                "--user-data-dir=" + Files.createDirectories(profile));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Runs {@code plnet report STUDY --out OUT ARGS...}, which must succeed; returns OUT. */
    static Path report(Path study, Path out, String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        List<String> command = new java.util.ArrayList<>(List.of("report", study.toString(), "--out", out.toString()));
        command.addAll(List.of(args));
        int status = org.plnet.cli.Plnet.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err)).execute(command.toArray(String[]::new));
        assertThat(status).as(err.toString()).isZero();
        return out;
    }

    /** Opens {@code page} of the report in {@code report} and waits until it has loaded. */
    static void open(ChromeDriver driver, Path report, String page) {
        driver.get(report.resolve(page).toUri().toString());
        assertThat(driver.executeScript("return document.readyState")).isEqualTo("complete");
    }

    /** Closes the browser, if one was started. */
    static void quit(ChromeDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    /** {@code <build dir>/screenshots} beside the test classes (honours -Dplnet.build.dir), made when missing. */
    static Path screenshots(Class<?> test) throws IOException, URISyntaxException {
        Path testClasses = Path.of(test.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.createDirectories(testClasses.getParent().resolve("screenshots"));
    }

    /** Fails on any console message of warning level or above since the last call. */
    static void assertNoConsoleMessages(ChromeDriver driver) {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .as("console messages").isEmpty();
    }

    /** Keeps a picture of the whole page as {@code name.png} in {@code folder}. */
    static void keepScreenshot(ChromeDriver driver, Path folder, String name) throws IOException {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height.intValue(), "scale", 1)));
        Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
