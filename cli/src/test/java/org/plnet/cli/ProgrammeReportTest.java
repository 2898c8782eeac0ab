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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study with learning networks end to end (programmes.md): the files written, the order of the fields
 * metrics.json gains, errors in schools.csv and breakdowns (one line, exit 2, nothing written), and a scan of
 * every page for names under each {@code --names} mode.
 */
class ProgrammeReportTest {

    /** Two networks (Forest North: Ashurst, Brockenhurst; Waterside: Calshot, Dibden), Exbury in none. */
    private static final String PEOPLE = """
            id,name,school,role,member
            a1,Alma Quist,Ashurst,head,yes
            a2,Bram Okafor,Ashurst,teacher,
            b1,Cleo Brandt,Brockenhurst,head,yes
            b2,Dara Voss,Brockenhurst,middle leader,
            c1,Eero Lund,Calshot,head,yes
            c2,Fleur Marsh,Calshot,teacher,
            d1,Gwen Tarrant,Dibden,middle leader,yes
            e1,Hugo Pell,Exbury,head,yes
            u1,Ines Moravec,,teacher,yes
            """;
    private static final String TIES = """
            source,target,relation,wave
            a1,b1,advice,1
            b1,a1,advice,1
            a2,a1,advice,1
            b2,b1,advice,1
            a1,c1,advice,1
            c1,d1,advice,1
            d1,c2,advice,1
            c2,c1,advice,1
            e1,a1,advice,1
            u1,c1,advice,1
            a1,a2,advice,1
            """;
    private static final String SCHOOLS = """
            school,network,phase
            Ashurst,Forest North,primary
            Brockenhurst,Forest North,junior
            Calshot,Waterside,secondary
            Dibden,Waterside,
            """;
    private static final List<String> NAMES = List.of("Alma Quist", "Bram Okafor", "Cleo Brandt", "Dara Voss",
            "Eero Lund", "Fleur Marsh", "Gwen Tarrant", "Hugo Pell", "Ines Moravec");

    @TempDir
    Path temp;

    private Path study(String schools, String yaml) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        Files.writeString(dir.resolve("people.csv"), PEOPLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), TIES, StandardCharsets.UTF_8);
        if (schools != null) {
            Files.writeString(dir.resolve("schools.csv"), schools, StandardCharsets.UTF_8);
        }
        if (yaml != null) {
            Files.writeString(dir.resolve("study.yaml"), yaml, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void aNetworkOfMoreThan400StaffIsDrawnOneMarkPerSchool() throws IOException {
        // Big: 9 schools of 50 (450 staff, above the 400 marks a picture holds), ties in a ring inside each school
        // and from each school's first person to the next school's; Small: 2 schools of 3, drawn person by person
        StringBuilder people = new StringBuilder("id,school\n");
        StringBuilder ties = new StringBuilder("source,target\n");
        StringBuilder schools = new StringBuilder("school,network\n");
        for (int g = 0; g < 11; g++) {
            int size = g < 9 ? 50 : 3;
            schools.append("S").append(g).append(',').append(g < 9 ? "Big" : "Small").append('\n');
            for (int i = 0; i < size; i++) {
                people.append('p').append(g).append('_').append(i).append(",S").append(g).append('\n');
                ties.append('p').append(g).append('_').append(i).append(",p").append(g).append('_')
                        .append((i + 1) % size).append('\n');
            }
            if (g < 9) {
                ties.append('p').append(g).append("_0,p").append((g + 1) % 9).append("_0\n");
            }
        }
        Path dir = Files.createDirectories(temp.resolve("big"));
        Files.writeString(dir.resolve("people.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("schools.csv"), schools, StandardCharsets.UTF_8);
        Path out = temp.resolve("big-out");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        org.jsoup.nodes.Document big = org.jsoup.Jsoup.parse(out.resolve("networks/big.html").toFile(), "UTF-8");
        org.jsoup.nodes.Element picture = big.selectFirst("figure.sociogram svg");
        assertThat(picture.selectFirst("title").text()).isEqualTo("The learning network Big, one mark per school");
        // 9 marks, one per school, and the 9 links of the ring between schools (the 450 ties inside are not drawn)
        assertThat(picture.select("g.people circle, g.people path")).hasSize(9);
        assertThat(picture.select("g.ties line")).hasSize(9);
        assertThat(big.selectFirst("figure.sociogram figcaption").text()).startsWith("The learning network Big has"
                + " 450 staff, too many to draw one by one, so each mark is a school")
                .contains("(9 ties in all run between schools");
        org.jsoup.nodes.Document small = org.jsoup.Jsoup.parse(out.resolve("networks/small.html").toFile(), "UTF-8");
        assertThat(small.select("figure.sociogram svg g.people circle, figure.sociogram svg g.people path"))
                .hasSize(6);
    }

    @Test
    void writesTheProgrammeOverviewNetworkPagesAndTables() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", study(SCHOOLS, null).toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Report on advice, wave 1: index.html and 5 school page(s) in " + out
                + " (names: school)\n");
        assertThat(files(out)).contains("index.html", "networks/forest-north.html", "networks/waterside.html",
                "schools/ashurst.html", "schools/exbury.html", "networks.csv", "breakdowns.csv");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<h1>Programme overview</h1>", "href=\"networks/forest-north.html\"",
                "Schools in no learning network", "href=\"schools/exbury.html\"", "Who connects across schools");
        assertThat(Files.readString(out.resolve("schools/ashurst.html")))
                .contains("<a href=\"../networks/forest-north.html\" data-page=\"network\">Forest North</a>");
        assertThat(Files.readString(out.resolve("schools/exbury.html"))).doesNotContain("../networks/");
        assertThat(Files.readString(out.resolve("networks/forest-north.html")))
                .contains("href=\"../schools/ashurst.html\"", "href=\"../index.html\"");
        // networks.csv: the figures of ProgrammeFiguresTest's N1 (there with a3 on Ashurst's staff):
        // staff 4 (a1 a2 b1 b2); internal a1->b1 b1->a1 a2->a1 b2->b1 a1->a2 = 5, cross 2, external a1->c1,
        // e1->a1 = 2; E-I (2 - 5) / 7; density 5 / 12; cross-school density 2 / (12 - 2 - 2) = 0.25
        assertThat(Files.readAllLines(out.resolve("networks.csv"))).contains(
                "advice,1,\"Forest North\",2,4,2,4,5,2,2,-0.42857142857142855,0.4166666666666667,0.25,1,1.0,1.0");
        // schools.csv gains the network and the links within it
        String header = Files.readAllLines(out.resolve("schools.csv")).get(0).replace("\"", "");
        assertThat(header).endsWith(",network,withinNetworkMembers,withinNetworkColleagues,withinNetworkResponseRate,"
                + "withinNetworkReach,withinNetworkReachOwnMembers,withinNetworkReachOtherMembers,"
                + "withinNetworkTieStrength,withinNetworkTieStrengthOwnMembers,withinNetworkTieStrengthOtherMembers,"
                + "withinNetworkStrongReach,withinNetworkInflowTies,withinNetworkOutflowTies,withinNetworkTwoWayLinks,"
                + "withinNetworkTwoWayEligiblePairs,withinNetworkTwoWayShare,withinNetworkColleaguesWithTwoWayLink,"
                + "withinNetworkNetworkTies,withinNetworkBridgingMembers,withinNetworkTwoWayLinked,"
                + "withinNetworkGatekeeperRoles,withinNetworkRepresentativeRoles");
    }

    @Test
    void metricsJsonAddsTheProgrammeFieldsAfterTheContractsOwn() throws IOException {
        Path out = temp.resolve("out");
        assertThat(CliRun.of("analyze", study(SCHOOLS, null).toString(), "--out", out.toString()).status()).isZero();
        JsonNode analysis = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("analyses").get(0);
        assertThat(names(analysis)).containsExactly("relation", "wave", "network", "people", "schools", "networks",
                "breakdowns");
        assertThat(names(analysis.get("network"))).endsWith("eiTest", "networks", "eiIndexNetworks");
        assertThat(analysis.get("network").get("networks").intValue()).isEqualTo(2);
        // I = 5 (Forest North) + 3 (Waterside), E = a1->c1: (1 - 8) / 9
        assertThat(analysis.get("network").get("eiIndexNetworks").doubleValue()).isEqualTo(-7.0 / 9);
        assertThat(names(analysis.get("networks").get(0))).containsExactly("network", "schools", "staff", "members",
                "respondents", "internalTies", "crossSchoolTies", "externalTies", "eiIndex", "density",
                "crossSchoolDensity", "schoolsTwoWayLinked", "reach", "tieStrength");
        JsonNode ashurst = analysis.get("schools").get(0);
        assertThat(names(ashurst)).endsWith("links", "eiTest", "network", "linksWithinNetwork", "attributes",
                "breakdowns");
        assertThat(names(ashurst.get("linksWithinNetwork"))).isEqualTo(names(ashurst.get("links")));
        assertThat(ashurst.get("attributes").toString()).isEqualTo("{\"phase\":\"primary\"}");
        JsonNode exbury = analysis.get("schools").get(4);
        assertThat(exbury.get("network").isNull()).isTrue();
        assertThat(exbury.get("linksWithinNetwork").isNull()).isTrue();
        assertThat(exbury.get("attributes").toString()).isEqualTo("{\"phase\":null}");
        assertThat(analysis.get("people").get(8).get("network").isNull()).isTrue(); // u1, unknown school
        assertThat(names(analysis.get("breakdowns").get(0))).containsExactly("attribute", "value", "people",
                "respondents", "outTies", "inTies", "crossSchoolOutTies", "crossSchoolInTies", "crossSchoolShare",
                "eiIndex", "meanInDegree", "meanBetweenness", "meanOutDegree", "brokerage");
    }

    @Test
    void progressGoesToStandardErrorOnlyWhenAsked() throws IOException {
        Path dir = study(SCHOOLS, null);
        CliRun quiet = CliRun.of("report", dir.toString(), "--out", temp.resolve("quiet").toString());
        assertThat(quiet.err()).isEmpty(); // no terminal in a test run
        CliRun shown = CliRun.of("report", dir.toString(), "--out", temp.resolve("shown").toString(), "--progress");
        assertThat(shown.status()).isZero();
        // the pass's line starts with a carriage return (it is rewritten in place while the pass runs)
        assertThat(shown.err().lines().map(l -> l.replaceFirst("\\[ *[0-9.]+s\\] ", "")
                .replaceFirst("done in [0-9]+ s +$", "done")).toList()).containsExactly(
                "plnet: reading " + dir, "plnet: analysing advice, wave 1 (1 of 1)", "",
                "plnet: betweenness and closeness of advice in wave 1: 9 of 9 people, done",
                "plnet: writing the report", "plnet: done");
        assertThat(shown.out()).isEqualTo(quiet.out().replace("quiet", "shown"));
    }

    @Test
    void repeatedSchoolStopsWithOneLineAndWritesNothing() throws IOException {
        Path dir = study(SCHOOLS + "Ashurst,Waterside,primary\n", null);
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: schools.csv:6:1: repeated school 'Ashurst' (first on line 2)");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownBreakdownColumnStopsWithOneLineAndWritesNothing() throws IOException {
        Path dir = study(SCHOOLS, "breakdowns: [role, subject]\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: study.yaml:1:20: breakdowns names 'subject'");
        assertThat(out).doesNotExist();
    }

    @Test
    void raggedSchoolsRowStopsWithOneLineAndWritesNothing() throws IOException {
        Path dir = study("school,network\nAshurst,Forest North,extra\n", null);
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: schools.csv:2:3: row has 3 cells but the header has 2 columns");
        assertThat(out).doesNotExist();
    }

    @Test
    void schoolWithoutStaffIsAWarningAndValidateListsTheNetworks() throws IOException {
        Path dir = study(SCHOOLS + "Hythe,Empty Network,primary\n", null);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("schools.csv:6:1: warning: school 'Hythe' has no staff in people.csv: ignored",
                "schools.csv: warning: network 'Empty Network' has no school with staff in people.csv: ignored",
                "2 networks, 1 without staff ignored", "Forest North: 2 schools",
                "1 school of people.csv without a network: Exbury");
    }

    @Test
    void everyPageNamesOnlyWhomItsModeAllows() throws IOException {
        Path dir = study(SCHOOLS, "breakdowns: [role, network]\n");
        for (String mode : List.of("school", "none", "full", "aggregate")) {
            Path out = temp.resolve("out-" + mode);
            CliRun run = CliRun.of("report", dir.toString(), "--out", out.toString(), "--names", mode);
            assertThat(run.status()).as(run.err()).isZero();
            List<String> pages = files(out).stream().filter(f -> f.endsWith(".html")).toList();
            assertThat(pages).hasSize(1 + 2 + 5);
            for (String page : pages) {
                String html = Files.readString(out.resolve(page));
                List<String> named = new ArrayList<>();
                NAMES.forEach(n -> {
                    if (html.contains(n)) {
                        named.add(n);
                    }
                });
                List<String> allowed = switch (mode) {
                    case "full" -> NAMES;
                    case "none", "aggregate" -> List.of();
                    default -> page.startsWith("schools/") ? staffOf(page) : List.of();
                };
                assertThat(allowed).as(mode + " " + page).containsAll(named);
            }
        }
        // under names: full the network page does name its staff (so the scan above could fail)
        assertThat(Files.readString(temp.resolve("out-full/networks/forest-north.html"))).contains("Alma Quist");
        assertThat(Files.readString(temp.resolve("out-school/schools/ashurst.html"))).contains("Alma Quist");
        // a role held by one person alone would single them out where they may not be named: Ashurst has one
        // head and one teacher, so under names: none its role table is left out; under names: school it is there
        String none = Files.readString(temp.resolve("out-none/schools/ashurst.html"));
        assertThat(none).contains("2 values are left out: each is held by one person only")
                .doesNotContain("<th scope=\"row\">head</th>");
        assertThat(Files.readString(temp.resolve("out-school/schools/ashurst.html")))
                .contains("<th scope=\"row\">head</th>");
        // the aggregate mode shows no person at all, not even a pseudonym or a mark, on a network page either;
        // and no group smaller than 5 (every role of this small study)
        String network = Files.readString(temp.resolve("out-aggregate/networks/forest-north.html"));
        assertThat(network).doesNotContain("Member ", "Colleague ", "class=\"sociogram\"", "brokers-table")
                .contains("href=\"../schools/ashurst.html\"");
        assertThat(Files.readString(temp.resolve("out-aggregate/index.html")))
                .contains("left out. Figures of groups of fewer than 5 people are not shown")
                .doesNotContain("<th scope=\"row\">head</th>");
    }

    /** The names of the staff of the school whose page this is. */
    private static List<String> staffOf(String page) {
        String school = page.substring("schools/".length(), page.length() - ".html".length());
        List<String> staff = new ArrayList<>();
        for (String line : PEOPLE.split("\n")) {
            String[] cells = line.split(",");
            if (cells.length > 2 && cells[2].equalsIgnoreCase(school)) {
                staff.add(cells[1]);
            }
        }
        return staff;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
