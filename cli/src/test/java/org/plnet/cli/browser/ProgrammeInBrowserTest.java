package org.plnet.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reports of a study with learning networks (programmes.md, section 5) in a real headless browser, set
 * up as {@link ReportInBrowserTest}: the programme overview, a network page and a school page render, with
 * their tables, the picture of the networks and the network's sociogram, and no console message; screenshots
 * are kept in the build folder's {@code screenshots/} as {@code programme-*.png}. A class of its own beside
 * {@link ReportInBrowserTest} so that each keeps its own report. Skipped without chromium and chromedriver.
 */
class ProgrammeInBrowserTest {


    @TempDir
    static Path temp;

    private static ChromeDriver driver;
    private static Path report;
    private static Path screenshots;

    @BeforeAll
    static void openBrowser() throws IOException, URISyntaxException {
        Chromium.assumeInstalled();
        Path study = Files.createDirectories(temp.resolve("study"));
        StringBuilder people = new StringBuilder("id,name,school,role,member\n");
        StringBuilder ties = new StringBuilder("source,target,relation,weight,wave\n");
        StringBuilder schools = new StringBuilder("school,network,phase\n");
        String[] roles = {"head", "middle leader", "teacher", "teacher", "teaching assistant"};
        // three networks of three schools of five staff, and one school in none: heads tie across schools
        for (int g = 0; g < 10; g++) {
            String school = "School " + (char) ('A' + g);
            schools.append(school).append(',').append(g < 9 ? "Network " + (g / 3 + 1) : "").append(",primary\n");
            for (int i = 0; i < 5; i++) {
                people.append("p").append(g).append(i).append(",Person ").append(g).append(i).append(',')
                        .append(school).append(',').append(roles[i]).append(',').append(i < 2 ? "yes" : "no")
                        .append('\n');
                ties.append("p").append(g).append(i).append(",p").append(g).append((i + 1) % 5)
                        .append(",advice,2,1\n");
            }
            ties.append("p").append(g).append("0,p").append((g + 1) % 10).append("0,advice,3,1\n");
            ties.append("p").append(g).append("1,p").append((g + 4) % 10).append("1,advice,1,1\n");
            // survey 2: the ties inside the school only, so the networks' figures and pictures change
            for (int i = 0; i < 5; i++) {
                ties.append("p").append(g).append(i).append(",p").append(g).append((i + 1) % 5)
                        .append(",advice,2,2\n");
            }
        }
        Files.writeString(study.resolve("people.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(study.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        Files.writeString(study.resolve("schools.csv"), schools, StandardCharsets.UTF_8);
        report = Chromium.report(study, temp.resolve("report"), "--wave", "1");
        screenshots = Chromium.screenshots(ProgrammeInBrowserTest.class);
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit(driver);
    }

    private static void open(String page) {
        Chromium.open(driver, report, page);
    }

    /** The elements matching {@code css} in the view shown. */
    private static List<WebElement> shown(String css) {
        return driver.findElements(By.cssSelector("div.view:not([hidden]) " + css));
    }

    private static void choose(String label) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("view-select"))).selectByVisibleText(label);
    }

    private static void assertNoConsoleMessages() {
        Chromium.assertNoConsoleMessages(driver);
    }

    private static void keepScreenshot(String name) throws IOException {
        Chromium.keepScreenshot(driver, screenshots, name);
    }

    @Test
    void programmeOverviewShowsTheNetworksTableAndPicture() throws IOException {
        open("index.html");
        assertThat(driver.getTitle()).startsWith("Programme overview: study");
        assertThat(shown("table[id$='networks-table'] tbody tr")).hasSize(3);
        WebElement map = shown("figure.sociogram > svg").get(0);
        assertThat(map.getRect().getWidth()).isGreaterThan(500);
        assertThat(map.findElements(By.cssSelector("g.networks circle"))).hasSize(3);
        assertThat(map.findElements(By.cssSelector("g.network-links line"))).isNotEmpty();
        assertThat(shown("table.breakdown tbody tr")).hasSize(4); // four roles
        // sorting works on the networks table too
        WebElement staff = shown("table[id$='networks-table'] thead th").get(2);
        staff.findElement(By.tagName("button")).click();
        assertThat(staff.getAttribute("aria-sort")).isEqualTo("descending");
        assertNoConsoleMessages();
        keepScreenshot("programme-index");
    }

    @Test
    void networkPageShowsItsSchoolsAndSociogram() throws IOException {
        open("networks/network-1.html");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Network 1");
        assertThat(shown("table[id$='schools-table'] tbody tr")).hasSize(3);
        WebElement svg = shown("figure.sociogram > svg").get(0);
        assertThat(svg.findElements(By.cssSelector("g.people circle, g.people path"))).hasSize(15);
        assertThat(svg.getRect().getHeight()).isGreaterThan(300);
        assertNoConsoleMessages();
        keepScreenshot("programme-network");
    }

    @Test
    void schoolPageLinksToItsNetworkAndShowsItsBreakdown() throws IOException {
        open("schools/school-a.html");
        WebElement link = driver.findElement(By.cssSelector("header a[href='../networks/network-1.html']"));
        assertThat(link.getText()).isEqualTo("Network 1");
        assertThat(shown("table.breakdown tbody tr")).hasSize(4);
        assertNoConsoleMessages();
        keepScreenshot("programme-school");
    }

    @Test
    void switchingTheSurveyChangesTheFiguresShown() throws IOException {
        // survey 1 has ties between networks, survey 2 none: the overview's picture and table follow the choice
        open("index.html");
        assertThat(shown("g.network-links line")).isNotEmpty();
        String survey1 = shown("table[id$='networks-table'] tbody").get(0).getText();
        choose("advice, survey 2");
        assertThat(shown("g.network-links line")).isEmpty();
        assertThat(shown("table[id$='networks-table'] tbody").get(0).getText()).isNotEqualTo(survey1);
        assertThat(driver.getCurrentUrl()).endsWith("#v2");
        keepScreenshot("programme-index-survey-2");
        // the choice carries to the network page, whose picture then draws survey 2's ties (5 per school)
        shown("table[id$='networks-table'] tbody a").get(0).click();
        assertThat(driver.getCurrentUrl()).endsWith("networks/network-1.html#v2");
        assertThat(shown("figure.sociogram g.ties line")).hasSize(15);
        String network2 = shown("table[id$='schools-table'] tbody").get(0).getText();
        choose("advice, survey 1");
        assertThat(shown("figure.sociogram g.ties line")).hasSizeGreaterThan(15);
        assertThat(shown("table[id$='schools-table'] tbody").get(0).getText()).isNotEqualTo(network2);
        assertNoConsoleMessages();
    }
}
