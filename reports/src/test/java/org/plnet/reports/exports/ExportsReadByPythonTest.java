package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;

/**
 * The exports as NetworkX 2.8 and igraph 0.10 read them (Debian's python3-networkx and python3-igraph, which
 * .ci/run installs): {@code read_exports.py} prints what each library found, one fact a line, and each test
 * asserts every tie and weight of {@link HandStudy}. Skipped, with the reason, where /usr/bin/python3 or a
 * module is missing.
 */
class ExportsReadByPythonTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void export() throws Exception {
        Study study = HandStudy.study();
        StudyAnalysis analysis = HandStudy.analysis(study);
        out = dir.resolve("out");
        try (OutputFolder folder = OutputFolder.open(out)) {
            NetworkExports.writeAll(folder, study, analysis, analysis.analyses().get(0), null);
            // wave 2 has one relation (advice): the single-matrix DL file igraph reads
            folder.write("wave2.dl", o -> UcinetDlWriter.write(study, StudyAnalyzer.analyze(study), "2", o));
            Study twoMode = twoMode();
            AttendanceExports.writeAll(folder, twoMode, StudyAnalyzer.analyze(twoMode), "2019");
            folder.commit();
        }
    }

    /** Ann (A) and Bo (B) at "Spring" in 2019; Cy at nothing: the people-by-events graph B of 2019. */
    private static Study twoMode() {
        Study.Builder b = Study.builder("two-mode");
        b.addPerson(new Person("a", "Ann", "A", null, true, Map.of()));
        b.addPerson(new Person("b", "Bo", "B", null, false, Map.of()));
        b.addPerson(new Person("c", "Cy", "B", null, false, Map.of()));
        List<Event> events = List.of(new Event("s", "Spring & <Summer>", LocalDate.of(2019, 3, 1), null, Map.of()));
        return b.affiliations(new Affiliations("co-attendance", 1, null, events,
                List.of(new Attendance(0, 0, "2019"), new Attendance(1, 0, "2019")))).build();
    }

    private static void assumeModule(String module) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "assumption: " + PYTHON + " is installed (CI installs it)");
        assumeTrue(run(List.of(PYTHON, "-c", "import " + module)).status == 0,
                "assumption: python3-" + module + " is installed (.ci/run installs it)");
    }

    private record Run(int status, String out) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = p.getInputStream()) {
            in.transferTo(bytes);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<String> read(String module, String kind, String file) throws Exception {
        assumeModule(module);
        Path script = dir.resolve("read_exports.py");
        try (var in = ExportsReadByPythonTest.class.getResourceAsStream("read_exports.py");
             OutputStream o = Files.newOutputStream(script)) {
            in.transferTo(o);
        }
        Run run = run(new ArrayList<>(List.of(PYTHON, script.toString(), kind, out.resolve(file).toString())));
        assertThat(run.status).as(run.out).isZero();
        return run.out.lines().toList();
    }

    // the ties of D of every relation and wave (HandStudy): advice wave 1: 0->1 (3), 1->2 (4), 2->0 (2) (1->0
    // has weight 1, below tieMin 2); advice wave 2: 0->2 (5); collab wave 1: 2->3 (1)

    @Test
    void networkxReadsTheGexfWithEveryRelationAndWaveAndEveryAttribute() throws Exception {
        List<String> lines = read("networkx", "nx-gexf", NetworkExports.GEXF);
        assertThat(lines).contains("nx DiGraph nodes=4 edges=5",
                "edge n0 n1 relation='advice' wave='1' weight=3.0",
                "edge n0 n2 relation='advice' wave='2' weight=5.0",
                "edge n1 n2 relation='advice' wave='1' weight=4.0",
                "edge n2 n0 relation='advice' wave='1' weight=2.0",
                "edge n2 n3 relation='collab' wave='1' weight=1.0");
        assertThat(lines.stream().filter(l -> l.startsWith("edge"))).hasSize(5);
        // node attributes typed as declared: the figures of advice, wave 1 (see HandStudy.adviceWave1)
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("node n0 ")
                .contains("betweenness=1.0", "brokerageTotal=1", "constraint=1.125", "inDegree=1",
                        "label='Ann <script>alert(1)</script>'", "member=True", "pageRank=0.31746031746031744",
                        "personId='p1'", "phase='primary'", "role='teacher'", "school='Ashurst & Co'",
                        "viz={'position': {'x': 0.0, 'y': -100.0, 'z': 0.0}}"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("node n3 ")
                .contains("label='=HYPERLINK(\"http://x.test\",\"click\")'", "member=False", "school='@Home'")
                .doesNotContain("constraint=", "phase="));
    }

    @Test
    void networkxReadsTheGraphMl() throws Exception {
        List<String> lines = read("networkx", "nx-graphml", NetworkExports.GRAPHML);
        assertThat(lines).contains("nx DiGraph nodes=4 edges=5",
                "edge n0 n1 relation='advice' wave='1' weight=3.0",
                "edge n0 n2 relation='advice' wave='2' weight=5.0",
                "edge n1 n2 relation='advice' wave='1' weight=4.0",
                "edge n2 n0 relation='advice' wave='1' weight=2.0",
                "edge n2 n3 relation='collab' wave='1' weight=1.0");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("node n2 ")
                .contains("label='Zoë Ångström'", "member=True", "school='Brockenhurst'", "brokerageTotal=1"));
    }

    @Test
    void igraphReadsTheGraphMl() throws Exception {
        assertThat(read("igraph", "ig-graphml", NetworkExports.GRAPHML)).containsExactly(
                "ig directed=True nodes=4 edges=5",
                "node 0 'Ann <script>alert(1)</script>'",
                "node 1 'Bob \"Bobby\" O\\'Neil'",
                "node 2 'Zoë Ångström'",
                "node 3 '=HYPERLINK(\"http://x.test\",\"click\")'",
                "edge 0 1 relation='advice' wave='1' weight=3.0",
                "edge 0 2 relation='advice' wave='2' weight=5.0",
                "edge 1 2 relation='advice' wave='1' weight=4.0",
                "edge 2 0 relation='advice' wave='1' weight=2.0",
                "edge 2 3 relation='collab' wave='1' weight=1.0");
    }

    @Test
    void igraphReadsTheSingleRelationDlFile() throws Exception {
        List<String> lines = read("igraph", "ig-dl", "wave2.dl");
        // advice, wave 2: the one tie 1 -> 3 of weight 5 (igraph's DL reader cuts quoted labels at spaces, so
        // only the ties and the number of people are compared)
        assertThat(lines.get(0)).isEqualTo("ig directed=True nodes=4 edges=1");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("edge 0 2 weight=5.0");
    }

    @Test
    void bothReadOnePajekFilePerRelation() throws Exception {
        assertThat(read("igraph", "ig-pajek", "pajek/advice.net")).containsExactly(
                "ig directed=True nodes=4 edges=3",
                "node 0 'Ann <script>alert(1)</script>'",
                "node 1 \"Bob 'Bobby' O'Neil\"",
                "node 2 'Zoë Ångström'",
                "node 3 \"=HYPERLINK('http://x.test','click')\"",
                "edge 0 1 weight=3.0", "edge 1 2 weight=4.0", "edge 2 0 weight=2.0");
        assertThat(read("igraph", "ig-pajek", "pajek/collab.net")).endsWith("edge 2 3 weight=1.0");
        List<String> nx = read("networkx", "nx-pajek", "pajek/collab.net");
        assertThat(nx).contains("nx MultiDiGraph nodes=4 edges=1");
        assertThat(nx.get(nx.size() - 1)).isEqualTo("edge Zoë Ångström =HYPERLINK('http://x.test','click') weight=1.0");
    }

    @Test
    void networkxReadsTheTwoModeGexfAndGraphMlWithTheKindOfEachNode() throws Exception {
        for (String file : List.of(AttendanceExports.GEXF, AttendanceExports.GRAPHML)) {
            List<String> lines = read("networkx", file.endsWith("gexf") ? "nx-gexf" : "nx-graphml", file);
            // B of 2019: Ann and Bo, each tied to the one event; Cy attended nothing and is not in B
            assertThat(lines).as(file).contains("nx Graph nodes=3 edges=2", "edge p0 e0 ", "edge p1 e0 ");
            assertThat(lines).as(file).anySatisfy(l -> assertThat(l).startsWith("node e0 ").contains("kind='event'",
                    "label='Spring & <Summer>'"));
            assertThat(lines).as(file).anySatisfy(l -> assertThat(l).startsWith("node p0 ").contains("kind='person'"));
        }
    }
}
