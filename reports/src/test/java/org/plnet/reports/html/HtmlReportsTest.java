package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.reports.html.TestStudies.ASHDOWN;
import static org.plnet.reports.html.TestStudies.HOSTILE_SCHOOL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.engine.scoring.links.SchoolLinks;

class HtmlReportsTest {

    @TempDir
    Path temp;

    private Path write(Study study, NameMode mode, String name) throws IOException {
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        Path out = temp.resolve(name);
        try (OutputFolder folder = OutputFolder.open(out)) {
            HtmlReports.write(folder, study, analysis, ComparedWaves.choose(analysis, null, null), mode);
            folder.commit();
        }
        return out;
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void writesTheOverviewAndOnePagePerSchool() throws IOException {
        Study study = TestStudies.twoWaves();
        Path out = write(study, NameMode.SCHOOL, "out");
        Map<String, String> files = HtmlReports.schoolFiles(study);
        assertThat(files.keySet()).containsExactly(ASHDOWN, HOSTILE_SCHOOL, TestStudies.BIRCHFIELD);
        assertThat(files.get(ASHDOWN)).isEqualTo("schools/ashdown.html");
        assertThat(files.get(HOSTILE_SCHOOL)).startsWith("schools/").doesNotContain("<", ">", "&", "\"", "..");
        assertThat(pages(out)).hasSize(4);
        for (String file : files.values()) {
            assertThat(out.resolve(file)).isRegularFile();
        }
        // the overview links to every school's page
        Document index = parse(out.resolve(HtmlReports.INDEX));
        assertThat(index.select("#schools-table tbody th a").eachAttr("href"))
                .containsExactlyElementsOf(files.values());
    }

    @Test
    void schoolPagesShowTheAnalysisFigures() throws IOException {
        Study study = TestStudies.twoWaves();
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        GraphAnalysis now = ComparedWaves.choose(analysis, null, null).current();
        assertThat(now.relation()).isEqualTo("advice");
        assertThat(now.wave()).isEqualTo("2");
        Path out = write(study, NameMode.SCHOOL, "out");
        Map<String, String> files = HtmlReports.schoolFiles(study);
        for (SchoolFigures school : now.schools()) {
            Document page = parse(out.resolve(files.get(school.school())));
            assertThat(page.selectFirst("h1").text()).isEqualTo(school.school());
            for (LinkMeasure m : LinkMeasure.values()) {
                Element row = page.selectFirst("#measures-table tr[data-measure=" + m.name() + "]");
                Element value = row.select("td").get(0);
                Double expected = m.of(school.links());
                assertThat(numberIn(value)).as(school.school() + " " + m).isEqualTo(expected);
                assertThat(value.ownText()).isEqualTo(m.text(expected));
            }
            SchoolLinks l = school.links();
            if (l.members() > 0) {
                Cells totals = new Cells(page.select("#members-table tfoot td"));
                // columns: role, answered, inflow, outflow, network ties, bridging, brings in, takes out
                assertThat(totals.value(2)).isEqualTo(l.inflowTies());
                assertThat(totals.value(3)).isEqualTo(l.outflowTies());
                assertThat(totals.value(4)).isEqualTo(l.networkTies());
                assertThat(totals.value(5)).isEqualTo(l.bridgingMembers());
                // advice is a seek relation: representative brings learning in, gatekeeper takes it out
                assertThat(totals.value(6)).isEqualTo(l.representativeRoles());
                assertThat(totals.value(7)).isEqualTo(l.gatekeeperRoles());
                assertThat(page.select("#members-table tbody tr")).hasSize(l.members());
            }
            assertThat(page.text()).contains(school.respondents() + " of " + school.staff() + " staff answered");
        }
    }

    /** A cell's exact value; null when it is undefined. */
    private static Double numberIn(Element cell) {
        String value = cell.attr("data-value");
        return value.isEmpty() ? null : Double.valueOf(value);
    }

    /** The data-value of the cells of a row. */
    private record Cells(List<Element> cells) {
        long value(int column) {
            return Long.parseLong(cells.get(column).attr("data-value"));
        }
    }

    @Test
    void overviewTableShowsEverySchoolsFigures() throws IOException {
        Study study = TestStudies.twoWaves();
        GraphAnalysis now = ComparedWaves.choose(StudyAnalyzer.analyze(study), null, null).current();
        Document index = parse(write(study, NameMode.SCHOOL, "out").resolve(HtmlReports.INDEX));
        List<Element> rows = index.select("#schools-table tbody tr");
        assertThat(rows).hasSize(now.schools().size());
        for (int i = 0; i < rows.size(); i++) {
            SchoolFigures s = now.schools().get(i);
            List<Element> cells = rows.get(i).select("td");
            assertThat(rows.get(i).selectFirst("th").text()).isEqualTo(s.school());
            assertThat(cells.get(0).attr("data-value")).isEqualTo(Long.toString(s.staff()));
            assertThat(cells.get(1).attr("data-value")).isEqualTo(Long.toString(s.members()));
            // the working link both ways comes first, with its strength beside it
            SchoolLinks l = s.links();
            assertThat(cells.get(2).text()).startsWith(l.members() == 0 ? "no members"
                    : l.twoWayLinked() ? "yes" : "not yet");
            if (l.twoWayEligiblePairs() > 0) {
                assertThat(cells.get(2).text()).endsWith(l.twoWayLinks() + " of " + l.twoWayEligiblePairs()
                        + " pairs both ways");
            }
            for (int k = 0; k < NetworkOverview.TABLE_MEASURES.size(); k++) {
                Double expected = NetworkOverview.TABLE_MEASURES.get(k).of(s.links());
                assertThat(numberIn(cells.get(3 + k))).isEqualTo(expected);
            }
        }
        Element ties = index.select("div.view:not([hidden]) .figure").stream().filter(f -> f.selectFirst(".label").text().equals("Ties"))
                .findFirst().orElseThrow();
        assertThat(ties.selectFirst(".value").text()).isEqualTo(Long.toString(now.network().ties()));
        // two waves: the change since wave 1 is there
        assertThat(index.getElementById("change-h").text()).isEqualTo("Change since survey 1");
        assertThat(index.select("#change-table tbody tr")).hasSize(now.schools().size());
    }

    @Test
    void oneWaveHasNoChangeSection() throws IOException {
        Path out = write(TestStudies.oneWave(), NameMode.SCHOOL, "out");
        for (Path page : pages(out)) {
            Document doc = parse(page);
            assertThat(doc.getElementById("change-h")).as(page.toString()).isNull();
            assertThat(doc.text()).doesNotContain("compared with survey");
        }
    }

    @Test
    void inputTextIsEscapedEverywhere() throws IOException {
        Path out = write(TestStudies.twoWaves(), NameMode.FULL, "out");
        for (Path page : pages(out)) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html).as(page.toString()).doesNotContain("<script>alert", "<b>teacher");
            Document doc = parse(page);
            // the only scripts are the table sorter and the view switch, which hold no input
            List<Element> scripts = doc.select("script");
            assertThat(scripts).allSatisfy(s -> assertThat(s.data()).containsAnyOf("table.sortable", "view-select")
                    .doesNotContain("alert"));
            assertThat(doc.select("b")).isEmpty();
        }
        Document hostile = parse(out.resolve(HtmlReports.schoolFiles(TestStudies.twoWaves()).get(HOSTILE_SCHOOL)));
        assertThat(hostile.selectFirst("h1").text()).isEqualTo(HOSTILE_SCHOOL);
        assertThat(hostile.title()).contains(HOSTILE_SCHOOL);
        assertThat(hostile.select("#members-table tbody td").get(0).text()).isEqualTo("<b>teacher</b>");
    }

    @Test
    void schoolModeNamesNobodyOutsideTheSchoolOnItsPage() throws IOException {
        Study study = TestStudies.twoWaves();
        Path out = write(study, NameMode.SCHOOL, "out");
        Map<String, String> files = HtmlReports.schoolFiles(study);
        for (Map.Entry<String, String> school : files.entrySet()) {
            String text = everythingIn(out.resolve(school.getValue()));
            for (Person p : study.people()) {
                if (school.getKey().equals(p.school())) {
                    continue;
                }
                assertThat(text).as(p.name() + " on the page of " + school.getKey()).doesNotContain(p.name());
            }
        }
        // the school's own members are named on its page
        assertThat(everythingIn(out.resolve(files.get(ASHDOWN)))).contains("Alma Quist");
        // the overview names nobody in school mode
        String index = everythingIn(out.resolve(HtmlReports.INDEX));
        for (Person p : study.people()) {
            assertThat(index).doesNotContain(p.name());
        }
        assertThat(index).contains("Member 1");
    }

    @Test
    void noneModeNamesNobodyAndFullModeNamesEveryone() throws IOException {
        Study study = TestStudies.twoWaves();
        Path none = write(study, NameMode.NONE, "none");
        for (Path page : pages(none)) {
            String text = everythingIn(page);
            for (Person p : study.people()) {
                assertThat(text).as(page.toString()).doesNotContain(p.name());
            }
        }
        Path full = write(study, NameMode.FULL, "full");
        String index = everythingIn(full.resolve(HtmlReports.INDEX));
        for (Person p : study.people()) {
            assertThat(index).as("hover titles name everyone").contains(p.name());
        }
    }

    /** The raw file, its text, and every attribute value, unescaped: wherever a name could hide. */
    private static String everythingIn(Path page) throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(page, StandardCharsets.UTF_8));
        Document doc = parse(page);
        all.append('\n').append(doc.text()).append('\n').append(doc.select("title").eachText());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                all.append('\n').append(a.getValue());
            }
            all.append('\n').append(e.data());
        }
        return all.toString();
    }

    @Test
    void sameStudyGivesTheSameBytes() throws IOException {
        Study study = TestStudies.twoWaves();
        Path first = write(study, NameMode.SCHOOL, "first");
        Path second = write(study, NameMode.SCHOOL, "second");
        List<Path> pages = pages(first);
        assertThat(pages).hasSize(4);
        for (Path page : pages) {
            Path other = second.resolve(first.relativize(page).toString());
            assertThat(Files.readAllBytes(other)).as(page.toString()).isEqualTo(Files.readAllBytes(page));
        }
    }

    @Test
    void pagesAreSelfContainedPrintOnA4AndAreAccessible() throws IOException {
        Path out = write(TestStudies.twoWaves(), NameMode.SCHOOL, "out");
        for (Path page : pages(out)) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html).as(page.toString()).contains("@page { size: A4;", "@media print", ".page-break");
            Document doc = parse(page);
            assertThat(doc.select("[src], link, iframe, object, embed, img")).isEmpty();
            assertThat(html).doesNotContain("http://", "https://", "@import", "url(h");
            assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("schools/"));
            assertThat(doc.select("html").attr("lang")).isEqualTo("en");
            // headings: one h1, no level skipped
            assertThat(doc.select("h1")).hasSize(1);
            int level = 1;
            for (Element h : doc.select("h1, h2, h3, h4")) {
                int next = Integer.parseInt(h.tagName().substring(1));
                assertThat(next).as(h.text()).isLessThanOrEqualTo(level + 1);
                level = next;
            }
            assertThat(doc.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(doc.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
            // the sociogram: an image with a title and a description, a title on every mark
            Element svg = doc.selectFirst("figure.sociogram > svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(doc.getElementById(ids[0]).tagName()).isEqualTo("title");
            assertThat(doc.getElementById(ids[1]).tagName()).isEqualTo("desc");
            assertThat(svg.select("g.people > *")).isNotEmpty()
                    .allSatisfy(mark -> assertThat(mark.selectFirst("title").text()).isNotBlank());
            // brokerage is said in flow terms, never with the arrow-based label alone
            assertThat(doc.text().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("gatekeeper", "representative");
        }
    }

    @Test
    void theOverviewNamesTheOtherRelations() throws IOException {
        Document index = parse(write(TestStudies.twoWaves(), NameMode.SCHOOL, "out").resolve(HtmlReports.INDEX));
        Element shown = index.selectFirst("div.view:not([hidden])");
        assertThat(shown.selectFirst(".view-context .note").text()).contains("The study also asked about: research");
        assertThat(shown.selectFirst(".context").text()).startsWith("Survey question: \u201cWho do you go to for"
                + " advice?\u201d (advice) Survey 2, compared with survey 1. Answers ran up to 4");
    }

    @Test
    void membersAreListedWithTheirContributions() throws IOException {
        Study study = TestStudies.twoWaves();
        Path out = write(study, NameMode.SCHOOL, "out");
        Document ashdown = parse(out.resolve(HtmlReports.schoolFiles(study).get(ASHDOWN)));
        List<String> cells = new ArrayList<>(ashdown.select("#members-table tbody tr").get(0).select("th, td")
                .eachText());
        // Alma Quist (a1), advice = seek, wave 2: a2 -> a1 and a3 -> a1 (colleagues go to her: inflow 2);
        // a1 -> a2 (she goes to a colleague: outflow 1); ties with other schools' members x1 (a1 -> x1,
        // x1 -> a1) and u1 (u1 -> a1): 3; bridging: yes
        assertThat(cells.subList(0, 7))
                .containsExactly("Alma Quist", "head teacher", "yes", "2", "1", "3", "yes");
    }

    private List<String> listed(Path out, String school, String list) throws IOException {
        Document page = parse(out.resolve(HtmlReports.schoolFiles(TestStudies.twoWaves()).get(school)));
        return page.select("div.view:not([hidden]) ul." + list + " li").eachText();
    }

    @Test
    void whoDidNotAnswerIsCountedByRoleNeverByName() throws IOException {
        Path out = write(TestStudies.twoWaves(), NameMode.SCHOOL, "out");
        // advice, survey 2: Ashdown's a1 (head teacher), a2 and a3 (teachers) all answered; Birchfield's
        // three teachers b1, b2, b3: b3 did not answer
        assertThat(listed(out, ASHDOWN, "not-answered"))
                .containsExactly("head teacher: 0 of 1 did not answer", "teacher: 0 of 2 did not answer");
        assertThat(listed(out, TestStudies.BIRCHFIELD, "not-answered"))
                .containsExactly("teacher: 1 of 3 did not answer");
        // with a minimum group of 2, Ashdown's single head teacher is not shown on their own
        StudyAnalysis analysis = StudyAnalyzer.analyze(TestStudies.twoWaves());
        Path safe = temp.resolve("safe");
        try (OutputFolder folder = OutputFolder.open(safe)) {
            HtmlReports.write(folder, TestStudies.twoWaves(), analysis, ComparedWaves.choose(analysis, null, null),
                    new Disclosure(NameMode.AGGREGATE, 2));
            folder.commit();
        }
        assertThat(listed(safe, ASHDOWN, "not-answered"))
                .containsExactly("teacher: 0 of 2 did not answer", "roles with fewer than 2 staff: not shown");
    }

    @Test
    void nextStepsFollowFromTheSchoolsOwnFigures() throws IOException {
        Path out = write(TestStudies.twoWaves(), NameMode.SCHOOL, "out");
        // Birchfield, advice, survey 2: member b1, colleagues b2 (b2 <-> b1) and b3 (no tie): reach 1 of 2 =
        // 50%; Ashdown's colleagues a2, a3 and the other school's x2 are all tied to a member: 100%, so the
        // middle school has 100%. Its other figures are not below the middle school: colleagues both ways
        // 50% (Ashdown 50%, the other 0%: middle 50%), tie strength (4/4 + 0) / 2 = 0.50 (middle 0.50),
        // response 2 of 3 = 67% (at least 60%)
        assertThat(listed(out, TestStudies.BIRCHFIELD, "next-steps")).containsExactly("You could involve the"
                + " colleagues who are in touch with nobody in the network, for example by pairing them with a"
                + " member: reach is 50% of the 2 staff who are not network members, so 1 of them has no such"
                + " tie (the middle school: 100%).");
        // Ashdown has a working link both ways and nothing below the middle school: keep it going
        assertThat(listed(out, ASHDOWN, "next-steps")).containsExactly("You could keep the link going and widen"
                + " it: the working link both ways rests on 1 bridging member; more members in touch with both"
                + " sides would make it less dependent on a few people.");
    }
}
