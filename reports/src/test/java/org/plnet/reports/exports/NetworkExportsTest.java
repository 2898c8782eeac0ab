package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;

class NetworkExportsTest {

    @TempDir
    Path dir;

    private Path export(String name, double[] x, double[] y) throws Exception {
        Study study = HandStudy.study();
        StudyAnalysis analysis = HandStudy.analysis(study);
        Path out = dir.resolve(name);
        try (OutputFolder folder = OutputFolder.open(out)) {
            NetworkExports.writeAll(folder, study, analysis, analysis.analyses().get(0),
                    x == null ? null : Positions.of(study.size(), x, y));
            folder.commit();
        }
        return out;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            // plnet's mark of its output folders aside
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals(OutputFolder.MARK)).sorted().toList();
        }
    }

    private static List<String> withPajek(String... pajek) {
        List<String> all = new java.util.ArrayList<>(NetworkExports.FILES);
        all.addAll(List.of(pajek));
        return all;
    }

    @Test
    void writesEveryExportAndTheyAgreeOnTheChosenLayer() throws Exception {
        Path out = export("a", null, null);
        assertThat(files(out)).containsExactlyInAnyOrderElementsOf(withPajek("pajek/advice.net", "pajek/collab.net"));
        assertThat(Files.readString(out.resolve("pajek/advice.net"))).endsWith("*Arcs\r\n1 2 3\r\n2 3 4\r\n3 1 2\r\n");
        assertThat(Files.readString(out.resolve("pajek/collab.net"))).endsWith("*Arcs\r\n3 4 1\r\n");
        assertThat(Files.readString(out.resolve(NetworkExports.UCINET))).startsWith("dl n=4 nm=2");
        assertThat(Files.readString(out.resolve(NetworkExports.GRAPHML)))
                .contains("<data key=\"figuresRelation\">advice</data>");
        assertThat(Files.readString(out.resolve(NetworkExports.GEXF)))
                .contains("<viz:position x=\"0\" y=\"-100\" z=\"0\"/>");
        assertThat(Files.readAllLines(out.resolve(NetworkExports.TIES_CSV))).hasSize(7);
    }

    @Test
    void theGivenLayoutReachesTheGexfFile() throws Exception {
        Path out = export("b", new double[] {10, 20, 30, 40}, new double[] {-1, -2, -3, -4});
        assertThat(Files.readString(out.resolve(NetworkExports.GEXF)))
                .contains("<viz:position x=\"40\" y=\"-4\" z=\"0\"/>");
    }

    @Test
    void sameStudySameBytesInEveryFile() throws Exception {
        Path first = export("first", null, null);
        Path second = export("second", null, null);
        for (String file : withPajek("pajek/advice.net", "pajek/collab.net")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void badPositionsFailBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("c");
        Study study = HandStudy.study();
        StudyAnalysis analysis = HandStudy.analysis(study);
        try (OutputFolder folder = OutputFolder.open(out)) {
            assertThatThrownBy(() -> NetworkExports.writeAll(folder, study, analysis, analysis.analyses().get(0),
                    Positions.of(2, new double[2], new double[2]))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aStudyWithoutTiesExportsItsPeople() throws Exception {
        Study study = Study.builder("none").build();
        Path out = dir.resolve("d");
        try (OutputFolder folder = OutputFolder.open(out)) {
            NetworkExports.writeAll(folder, study, new StudyAnalysis("none", List.of()), null, null);
            folder.commit();
        }
        // no relation, so no Pajek file; GraphML and GEXF hold the (here no) people
        assertThat(files(out)).containsExactlyInAnyOrderElementsOf(NetworkExports.FILES);
    }
}
