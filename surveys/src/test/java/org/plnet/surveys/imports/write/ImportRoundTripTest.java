package org.plnet.surveys.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/**
 * Issue 8's property: a study written by {@code plnet import} and read back is the same study: the roster's
 * people (id, name, school, role, membership, in roster order) and the export's ties with their weights, on 60
 * random rosters and edge lists drawn from fixed seeds, with names and schools that need quoting in CSV and YAML.
 */
class ImportRoundTripTest {

    private static final String[] NAMES = {"Ann", "Bo \"Bob\" Ng", "Zoë Brontë", "O'Neill, Tom", "2024", "true",
        "Li Wei", "Émile", "=SUM(A1)", "Sarah S."};
    private static final String[] SCHOOLS = {"North", "South, Upper", "", "Ashurst \"Primary\"", "null"};

    @TempDir
    Path dir;

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    private static String csv(String cell) {
        return cell.matches("[^\",\\r\\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStudyWrittenByImportReadsBackAsTheSameStudy(int seed) throws IOException {
        Random r = new Random(1_000L + seed);
        int n = 2 + r.nextInt(12);
        List<Person> people = new ArrayList<>();
        StringBuilder roster = new StringBuilder("id,name,school,role,member\n");
        for (int i = 0; i < n; i++) {
            String name = NAMES[r.nextInt(NAMES.length)] + " " + i;
            String school = SCHOOLS[r.nextInt(SCHOOLS.length)];
            String role = r.nextBoolean() ? "teacher" : "";
            boolean member = r.nextBoolean();
            people.add(new Person("p" + i, name, school, role, member, null));
            roster.append("p").append(i).append(',').append(csv(name)).append(',').append(csv(school)).append(',')
                    .append(role).append(',').append(member ? "yes" : "no").append('\n');
        }
        Set<String> ties = new TreeSet<>();
        StringBuilder edges = new StringBuilder("source,target,weight\n");
        Set<String> pairs = new TreeSet<>();
        int m = 1 + r.nextInt(3 * n);
        for (int k = 0; k < m; k++) {
            int s = r.nextInt(n);
            int t = (s + 1 + r.nextInt(n - 1)) % n;
            if (pairs.add(s + ">" + t)) {
                int w = 1 + r.nextInt(4);
                edges.append("p").append(s).append(",p").append(t).append(',').append(w).append('\n');
                ties.add("p" + s + "->p" + t + ":" + w);
            }
        }
        Path rosterFile = Files.writeString(dir.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
        Path edgeFile = Files.writeString(dir.resolve("edges.csv"), edges, StandardCharsets.UTF_8);
        Path out = dir.resolve("study " + seed);

        SurveyImport.of(edgeFile, rosterFile, out).format(SurveyFormat.EDGE_LIST).relation("advice").run();
        Study study = StudyFolderReader.read(out, ReadMode.STRICT).studyOrThrow();

        assertThat(study.people()).containsExactlyElementsOf(people);
        KeptTies layer = study.layer("advice", "1").orElseThrow();
        Set<String> read = new TreeSet<>();
        for (int k = 0; k < layer.size(); k++) {
            read.add(study.people().get(layer.source(k)).id() + "->" + study.people().get(layer.target(k)).id()
                    + ":" + (int) layer.weight(k));
        }
        assertThat(read).isEqualTo(ties);
    }
}
