package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyReader;

/**
 * The aggregate mode ({@code --names aggregate}): pages handed to school leaders and shown at a meeting of
 * heads. No page may show a person (name, pseudonym, person-level tie, mark or table) and no figure of a
 * group smaller than the minimum group size.
 */
class SafeToHandOutTest {

    private static final Path NEW_FOREST = Path.of("..", "examples", "new-forest");
    private static final Pattern PSEUDONYM = Pattern.compile("\\b(Member|Colleague|Person) \\d+");
    private static final Pattern NOT_ANSWERED = Pattern.compile("(\\d+) of (\\d+) did not answer");

    @TempDir
    Path temp;

    private Path write(Study study, int minimumGroup, String name) throws IOException {
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        Path out = temp.resolve(name);
        try (OutputFolder folder = OutputFolder.open(out)) {
            HtmlReports.write(folder, study, analysis, ComparedWaves.choose(analysis, null, null),
                    new Disclosure(NameMode.AGGREGATE, minimumGroup));
            folder.commit();
        }
        return out;
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Every page, in every view, shows no person and no figure of a group under the threshold. */
    private static void assertSafe(Study study, Path out, int minimumGroup) throws IOException {
        for (Path page : pages(out)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String text = doc.text();
            for (Person p : study.people()) {
                assertThat(text).as(p.name() + " on " + page).doesNotContain(p.name());
            }
            assertThat(PSEUDONYM.matcher(text).find()).as("a pseudonym on " + page).isFalse();
            // no sociogram, no table of people or of schools side by side
            assertThat(doc.select("svg, [id$=members-table], [id$=brokers-table], [id$=schools-table],"
                    + " [id$=answers-table], [id$=change-table] th a")).as(page.toString()).isEmpty();
            // every figure of a school is of a group at least the threshold, or is not shown
            for (Element row : doc.select("tr[data-group]")) {
                long group = Long.parseLong(row.attr("data-group"));
                Element value = row.select("td").get(row.parents().stream()
                        .anyMatch(e -> e.id().endsWith("change-table")) ? 1 : 0);
                if (group < minimumGroup) {
                    assertThat(row.parents().stream().anyMatch(e -> e.id().endsWith("change-table")))
                            .as("a change of a small group on " + page).isFalse();
                    assertThat(value.attr("data-value")).isEmpty();
                    assertThat(value.text()).isEqualTo("not shown");
                }
            }
            // who did not answer: by roles of at least the threshold only
            Matcher m = NOT_ANSWERED.matcher(text);
            while (m.find()) {
                assertThat(Long.parseLong(m.group(2))).as(m.group() + " on " + page)
                        .isGreaterThanOrEqualTo(minimumGroup);
            }
        }
    }

    @Test
    void smallSchoolsShowNoFigureAtAll() throws IOException {
        Study study = TestStudies.twoWaves();
        Path out = write(study, 5, "five");
        assertSafe(study, out, 5);
        // Ashdown has 3 staff: its page says why it shows nothing, and shows no figure of its own
        Document ashdown = Jsoup.parse(out.resolve(HtmlReports.schoolFiles(study).get(TestStudies.ASHDOWN))
                .toFile(), "UTF-8");
        Element shown = ashdown.selectFirst("div.view:not([hidden])");
        assertThat(shown.text()).contains("The school has fewer than 5 staff, so its figures are not shown.",
                "Figures of groups of fewer than 5 people are not shown")
                .doesNotContain("staff answered the survey");
        assertThat(shown.select("#measures-table td[data-value]:not([data-value=''])")
                .stream().filter(td -> td.parent().selectFirst("td") == td).toList()).isEmpty();
    }

    @Test
    void aLowerThresholdShowsTheGroupsThatReachIt() throws IOException {
        Study study = TestStudies.twoWaves();
        Path out = write(study, 2, "two");
        assertSafe(study, out, 2);
        // Ashdown, advice, survey 2: 1 member (a1) and 2 colleagues: the reach of its 2 colleagues is shown,
        // figures about its single member are not
        Element shown = Jsoup.parse(out.resolve(HtmlReports.schoolFiles(study).get(TestStudies.ASHDOWN))
                .toFile(), "UTF-8").selectFirst("div.view:not([hidden])");
        assertThat(shown.selectFirst("#measures-table tr[data-measure=REACH] td").attr("data-value"))
                .isEqualTo("1.0");
        assertThat(shown.selectFirst("#measures-table tr[data-measure=BRIDGING_MEMBERS] td").text())
                .isEqualTo("not shown");
        assertThat(shown.text()).contains("Not shown: the school has fewer than 2 network members");
    }

    @Test
    void theExampleStudyIsSafeToHandOut() throws IOException {
        Study study = StudyReader.read(NEW_FOREST, ReadMode.STRICT).studyOrThrow();
        Path out = write(study, Disclosure.DEFAULT_MINIMUM_GROUP, "new-forest");
        assertSafe(study, out, Disclosure.DEFAULT_MINIMUM_GROUP);
        // the overview ranks no school: the schools appear only as links, in the roster's order
        Document index = Jsoup.parse(out.resolve(HtmlReports.INDEX).toFile(), "UTF-8");
        assertThat(index.select("div.view:not([hidden]) ul.school-pages a").eachText())
                .containsExactlyElementsOf(study.schools());
    }
}
