package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.reports.exports.NetworkExports;
import org.plnet.reports.html.HtmlReports;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.StudyFolderReader;

class ReportCommandTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "new-forest");

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        Files.writeString(dir.resolve("people.csv"), """
                id,name,school,role,member
                a1,Alma Quist,Ashdown,head teacher,true
                a2,Bram Okafor,Ashdown,teacher,false
                b1,Farid Nakamura,Birchfield,teacher,true
                b2,Greta Solberg,Birchfield,teacher,false
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), """
                source,target,relation,weight,wave
                a2,a1,advice,3,1
                a1,b1,advice,2,1
                b2,b1,advice,1,1
                a2,a1,advice,4,2
                a1,a2,advice,1,2
                a1,b1,advice,2,2
                b1,a1,advice,2,2
                b2,b1,advice,1,2
                b1,b2,collaboration,1,2
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void writesTheHtmlReportsTheTablesAndTheExports() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", study().toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> expected = new ArrayList<>(List.of(".plnet-output", "import-report.txt", "index.html",
                "metrics.json", "people.csv", "schools.csv", "schools/ashdown.html", "schools/birchfield.html"));
        expected.addAll(NetworkExports.FILES);
        expected.add(NetworkExports.PAJEK_FOLDER + "/advice.net");
        expected.add(NetworkExports.PAJEK_FOLDER + "/collaboration.net");
        assertThat(files(out)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.out()).isEqualTo("Report on advice, wave 2 (compared with wave 1): index.html and 2 school"
                + " page(s) in " + out + " (names: school)\n");
    }

    @Test
    void pagesShowTheNumbersOfMetricsJson() throws IOException {
        Path out = temp.resolve("out");
        assertThat(CliRun.of("report", EXAMPLE.toString(), "--out", out.toString()).status()).isZero();
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        JsonNode chosen = null;
        for (JsonNode analysis : metrics.get("analyses")) {
            if (analysis.get("relation").asText().equals("advice")) {
                chosen = analysis; // the last advice wave: the latest
            }
        }
        assertThat(chosen.get("wave").asText()).isEqualTo("2020");
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("div.view:not([hidden]) .context").text())
                .contains("Survey 2020, compared with survey 2019");
        // the events of wave 2020 in the order held, with metrics.json's affiliations[] new cross-school pairs
        JsonNode events = metrics.get("affiliations").get(1).get("eventFigures");
        List<Element> eventRows = index.select("#events-table tbody tr");
        assertThat(eventRows).hasSize(events.size());
        for (int i = 0; i < eventRows.size(); i++) {
            assertThat(eventRows.get(i).select("td").last().attr("data-value"))
                    .isEqualTo(events.get(i).get("newCrossSchoolPairs").asText());
        }
        List<Element> rows = index.select("#schools-table tbody tr");
        assertThat(rows).hasSize(chosen.get("schools").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode school = chosen.get("schools").get(i);
            List<Element> cells = rows.get(i).select("td");
            assertThat(rows.get(i).selectFirst("th").text()).isEqualTo(school.get("school").asText());
            assertThat(Long.parseLong(cells.get(0).attr("data-value"))).isEqualTo(school.get("staff").asLong());
            assertThat(Long.parseLong(cells.get(1).attr("data-value"))).isEqualTo(school.get("members").asLong());
            JsonNode links = school.get("links");
            assertThat(Double.parseDouble(cells.get(4).attr("data-value"))).isEqualTo(links.get("reach").asDouble());
            assertThat(Long.parseLong(cells.get(6).attr("data-value"))).isEqualTo(links.get("inflowTies").asLong());

            Document page = Jsoup.parse(out.resolve(rows.get(i).selectFirst("a").attr("href")).toFile(), "UTF-8");
            for (String[] measure : new String[][] {{"REACH", "reach"}, {"TIE_STRENGTH", "tieStrength"},
                    {"STRONG_REACH", "strongReach"}, {"TWO_WAY_SHARE", "twoWayShare"},
                    {"INFLOW_TIES", "inflowTies"}, {"OUTFLOW_TIES", "outflowTies"},
                    {"NETWORK_TIES", "networkTies"}, {"BRIDGING_MEMBERS", "bridgingMembers"}}) {
                String shown = page.selectFirst("#measures-table tr[data-measure=" + measure[0] + "] td")
                        .attr("data-value");
                JsonNode value = links.get(measure[1]);
                if (value.isNull()) {
                    assertThat(shown).isEmpty();
                } else {
                    assertThat(Double.parseDouble(shown)).as(school + " " + measure[1]).isEqualTo(value.asDouble());
                }
            }
            assertThat(page.text()).contains(school.get("respondents").asInt() + " of " + school.get("staff").asInt()
                    + " staff answered");
        }
    }

    @Test
    void exampleReportNamesNobodyOutsideTheSchoolAndIsTheSameTwice() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertThat(CliRun.of("report", EXAMPLE.toString(), "--out", first.toString()).status()).isZero();
        assertThat(CliRun.of("report", EXAMPLE.toString(), "--out", second.toString()).status()).isZero();
        List<String> files = files(first);
        assertThat(files(second)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        Study study = StudyFolderReader.read(EXAMPLE, ReadMode.STRICT).studyOrThrow();
        Map<String, String> pages = HtmlReports.schoolFiles(study);
        assertThat(pages).hasSize(10);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String text = everythingIn(first.resolve(page.getValue()));
            for (Person p : study.people()) {
                if (!page.getKey().equals(p.school())) {
                    assertThat(text).as(p.name() + " in " + page.getValue()).doesNotContain(p.name());
                }
            }
        }
        String index = everythingIn(first.resolve("index.html"));
        for (Person p : study.people()) {
            assertThat(index).as(p.name() + " in the overview").doesNotContain(p.name());
        }
    }

    /** The raw file, its text and every attribute value, unescaped. */
    private static String everythingIn(Path page) throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(page, StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        all.append('\n').append(doc.text());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                all.append('\n').append(a.getValue());
            }
            all.append('\n').append(e.data());
        }
        return all.toString();
    }

    @Test
    void namesOptionChoosesWhoIsNamed() throws IOException {
        Path dir = study();
        Path none = temp.resolve("none");
        assertThat(CliRun.of("report", dir.toString(), "--out", none.toString(), "--names", "none").status()).isZero();
        assertThat(Files.readString(none.resolve("schools/ashdown.html"))).doesNotContain("Alma Quist")
                .contains("Member 1");
        Path full = temp.resolve("full");
        assertThat(CliRun.of("report", dir.toString(), "--out", full.toString(), "--names", "FULL").status()).isZero();
        assertThat(Files.readString(full.resolve("schools/ashdown.html"))).contains("Alma Quist", "Farid Nakamura");
        CliRun bad = CliRun.of("report", dir.toString(), "--out", temp.resolve("bad").toString(), "--names", "some");
        assertThat(bad.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).isEqualTo("plnet: Invalid value for option '--names': 'some' is not one of full,"
                + " school, none, aggregate\nTry 'plnet report --help' for more information.\n");
        assertThat(temp.resolve("bad")).doesNotExist();
    }

    @Test
    void aggregateModeNamesNobodyAndWithholdsSmallGroups() throws IOException {
        Path dir = study();
        Path out = temp.resolve("aggregate");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString(), "--names", "aggregate",
                "--min-group", "3");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("(names: aggregate)\n");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertThat(html).as(page.toString()).doesNotContain("Alma Quist", "Farid Nakamura", "<svg",
                        "Member 1");
                assertThat(html).contains("Figures of groups of fewer than 3 people are not shown");
            }
        }
        CliRun bad = CliRun.of("report", dir.toString(), "--out", temp.resolve("bad").toString(), "--names",
                "aggregate", "--min-group", "0");
        assertThat(bad.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).startsWith("plnet: --min-group must be at least 1: 0");
        assertThat(temp.resolve("bad")).doesNotExist();
    }

    @Test
    void relationAndWaveChooseWhatThePagesDescribe() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", study().toString(), "--out", out.toString(), "--relation", "advice",
                "--wave", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Report on advice, wave 1: ");
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Element shown = index.selectFirst("div.view:not([hidden])");
        assertThat(shown.selectFirst(".context").text()).contains("Survey 1. ");
        assertThat(index.getElementById("change-h")).isNull();
        assertThat(shown.selectFirst(".view-context .note").text()).contains("also asked about: collaboration");
        // the page opens on advice, survey 1, and carries the other relations and surveys too
        assertThat(index.select("#view-select option[selected]").text()).isEqualTo("advice, survey 1");
        assertThat(index.select("#view-select option")).hasSizeGreaterThan(1);
    }

    @Test
    void unknownRelationIsBadInputAndWritesNothing() throws IOException {
        Path dir = study();
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString(), "--relation", "trust");
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("plnet: error: " + dir + ": no ties of relation \"trust\"; relations with"
                + " ties: advice, collaboration\n");
        assertThat(out).doesNotExist();
        CliRun wave = CliRun.of("report", dir.toString(), "--out", out.toString(), "--wave", "9");
        assertThat(wave.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wave.err()).contains("no ties of relation \"advice\" in wave \"9\"; its waves: 1, 2");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("study");
        }
    }

    @Test
    void badStudyStopsWithItsLocationAndLeavesTheOutputFolderAsItWas() throws IOException {
        Path dir = study();
        Files.writeString(dir.resolve("ties.csv"), "source,target\na1,zz\n");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "old");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: ties.csv:2:2: ").contains("zz");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }
}
