package org.plnet.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens the report of the example study in a real headless browser, as a reader would: Debian's chromium
 * through Debian's chromedriver, both given by path so that Selenium never downloads a browser or a
 * driver. Checks that the sociograms render, the tables are there, sorting works and no script fails;
 * keeps screenshots and an A4 print of each page in the build folder's {@code screenshots/}.
 * Skipped when chromium or chromedriver is not installed ({@code apt-get install chromium chromium-driver}).
 */
class ReportInBrowserTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "new-forest");

    @TempDir
    static Path temp;

    private static ChromeDriver driver;
    private static Path report;
    private static Path screenshots;

    @BeforeAll
    static void openBrowser() throws IOException, URISyntaxException {
        Chromium.assumeInstalled();
        report = Chromium.report(EXAMPLE, temp.resolve("report"));
        screenshots = Chromium.screenshots(ReportInBrowserTest.class);
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit(driver);
    }

    private static void open(String page) {
        Chromium.open(driver, report, page);
    }

    private static void assertSociogramRenders() {
        WebElement svg = driver.findElement(By.cssSelector("div.view:not([hidden]) figure.sociogram > svg"));
        assertThat(svg.getRect().getWidth()).isGreaterThan(500);
        assertThat(svg.getRect().getHeight()).isGreaterThan(300);
        List<WebElement> circles = svg.findElements(By.cssSelector("g.people circle"));
        assertThat(circles).isNotEmpty();
        // a mark is drawn with a size: the browser laid it out
        assertThat(circles.get(0).getRect().getWidth()).isPositive();
        assertThat(svg.findElements(By.cssSelector("g.ties line"))).isNotEmpty();
    }

    private static void assertNoScriptErrors() {
        Chromium.assertNoConsoleMessages(driver);
    }

    private static void keepPictures(String name) throws IOException {
        Chromium.keepScreenshot(driver, screenshots, name);
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        String pdf = driver.print(a4).getContent();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(screenshots.resolve(name + ".pdf"), bytes);
    }

    @Test
    void overviewRendersItsSociogramAndSortsItsTable() throws IOException {
        open("index.html");
        assertThat(driver.getTitle()).startsWith("Network overview: new-forest");
        assertSociogramRenders();
        List<WebElement> rows = driver.findElements(By.cssSelector("#schools-table tbody tr"));
        assertThat(rows).hasSize(10);
        assertThat(driver.findElements(By.cssSelector("#brokers-table tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#answers-table tbody tr"))).hasSize(10);
        assertThat(driver.findElements(By.cssSelector("#change-table tbody tr"))).hasSize(10);

        // the script turned the headings into buttons; sorting by reach orders the rows by reach
        WebElement reach = driver.findElements(By.cssSelector("#schools-table thead th")).get(5);
        assertThat(reach.getText()).startsWith("Reach");
        reach.findElement(By.tagName("button")).click();
        assertThat(reach.getAttribute("aria-sort")).isEqualTo("descending");
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#schools-table tbody tr'))"
                        + ".map(r => Number(r.cells[5].getAttribute('data-value')));");
        for (int i = 1; i < values.size(); i++) {
            assertThat(((Number) values.get(i)).doubleValue())
                    .isLessThanOrEqualTo(((Number) values.get(i - 1)).doubleValue());
        }
        reach.findElement(By.tagName("button")).click();
        assertThat(reach.getAttribute("aria-sort")).isEqualTo("ascending");
        assertNoScriptErrors();
        keepPictures("index");
    }

    @Test
    void everySchoolPageRendersAndTheFirstIsKept() throws IOException {
        File[] pages = report.resolve("schools").toFile().listFiles((d, name) -> name.endsWith(".html"));
        assertThat(pages).hasSize(10);
        java.util.Arrays.sort(pages);
        for (File page : pages) {
            open("schools/" + page.getName());
            assertSociogramRenders();
            assertThat(driver.findElements(By.cssSelector("#measures-table tbody tr"))).hasSize(12);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertNoScriptErrors();
        }
        open("schools/" + pages[0].getName());
        keepPictures("school-" + pages[0].getName().replace(".html", ""));
    }

    /** The text of the visible view's headline figure with this label. */
    private static String figure(String label) {
        return driver.findElements(By.cssSelector("li.figure")).stream().filter(WebElement::isDisplayed)
                .filter(f -> f.findElement(By.className("label")).getText().equals(label)).findFirst().orElseThrow()
                .findElement(By.className("value")).getText();
    }

    @Test
    void switchingRelationAndSurveyChangesTheFiguresShown() {
        open("index.html");
        Select views = new Select(driver.findElement(By.id("view-select")));
        // advice, co-attendance (the events' projection) and research, each in 2019 and 2020; the page opens on
        // advice, survey 2020
        assertThat(views.getOptions()).extracting(WebElement::getText).containsExactly("advice, survey 2019",
                "advice, survey 2020", "co-attendance, survey 2019", "co-attendance, survey 2020",
                "research, survey 2019", "research, survey 2020");
        assertThat(views.getFirstSelectedOption().getText()).isEqualTo("advice, survey 2020");
        String adviceTies = figure("Ties");
        views.selectByVisibleText("research, survey 2020");
        String researchTies = figure("Ties");
        assertThat(researchTies).isNotEqualTo(adviceTies);
        assertThat(driver.findElements(By.cssSelector("div.view")).stream().filter(WebElement::isDisplayed))
                .hasSize(1);
        assertThat(driver.getCurrentUrl()).endsWith("#v6");
        // the school links carry the choice: the school page opens on research, survey 2020 too
        String href = driver.findElement(By.cssSelector("div.view:not([hidden]) #v6-schools-table a"))
                .getAttribute("href");
        assertThat(href).endsWith("#v6");
        driver.get(href);
        assertThat(new Select(driver.findElement(By.id("view-select"))).getFirstSelectedOption().getText())
                .isEqualTo("research, survey 2020");
        assertThat(driver.findElement(By.cssSelector("div.view:not([hidden]) .context")).getText())
                .contains("Survey 2020");
        assertNoScriptErrors();
    }

    @Test
    void printingKeepsTheSelectedViewItsLabelsAndItsLegend() throws IOException {
        File[] pages = report.resolve("schools").toFile().listFiles((d, name) -> name.endsWith(".html"));
        java.util.Arrays.sort(pages);
        open("schools/" + pages[0].getName());
        new Select(driver.findElement(By.id("view-select"))).selectByVisibleText("research, survey 2019");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            // on paper: the switch is gone, only the chosen view is there, with every label and the key
            assertThat(driver.findElement(By.id("view-select")).isDisplayed()).isFalse();
            List<WebElement> shown = driver.findElements(By.cssSelector("div.view")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).getAttribute("data-view")).isEqualTo("v5"); // the fifth of six views
            WebElement svg = shown.get(0).findElement(By.cssSelector("figure.sociogram > svg"));
            List<WebElement> labels = svg.findElements(By.cssSelector("g.labels text"));
            // every member of staff of the school is labelled: as many labels as own-school marks
            long own = svg.findElements(By.cssSelector("g.people > *")).stream()
                    .filter(m -> "#0072B2".equals(m.getAttribute("fill"))).count();
            assertThat(labels).hasSize((int) own).allSatisfy(l -> {
                assertThat(l.isDisplayed()).isTrue();
                assertThat(l.getRect().getHeight()).isPositive();
            });
            List<WebElement> legend = shown.get(0).findElements(By.cssSelector("ul.legend li"));
            assertThat(legend).isNotEmpty().allSatisfy(li -> assertThat(li.isDisplayed()).isTrue());
            assertThat(shown.get(0).findElement(By.tagName("figcaption")).isDisplayed()).isTrue();
            Files.write(screenshots.resolve("school-printed.pdf"),
                    Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent()));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** How far the widest table of the visible view reaches past the page's width, in CSS pixels. */
    private static String overflow() {
        return (String) driver.executeScript("var w = document.documentElement.clientWidth, worst = [];"
                + "document.querySelectorAll('div.view:not([hidden]) table').forEach(function (t) {"
                + "  var over = t.getBoundingClientRect().right - w;"
                + "  if (over > 0) { worst.push(t.id + ' by ' + over.toFixed(1) + ' px'); } });"
                + "return worst.join(', ');");
    }

    @Test
    void tablesFitALaptopScreenAndA4() {
        open("index.html");
        // a laptop: the window is 1280 pixels wide
        assertThat(overflow()).as("tables wider than 1280 pixels").isEmpty();
        // A4 portrait less the page margins: 184 mm = 695 CSS pixels, in print media
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(695 + 16, 900));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(overflow()).as("tables wider than A4").isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
