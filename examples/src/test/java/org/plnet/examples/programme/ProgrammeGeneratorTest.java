package org.plnet.examples.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example {@code examples/programme/} is what the generator writes, and has the promised shape. */
class ProgrammeGeneratorTest {

    private static final Path BUNDLED = Path.of("programme");
    private static final List<String> FILES = List.of("people.csv", "schools.csv", "respondents.csv", "ties.csv",
            "study.yaml");

    @TempDir
    Path temp;

    @Test
    void theBundledExampleIsTheGeneratorsOutputByteForByte() throws IOException {
        ProgrammeGenerator.write(ProgrammeDesign.EXAMPLE, temp, "programme");
        for (String file : FILES) {
            assertThat(Files.readAllBytes(temp.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(BUNDLED.resolve(file)));
        }
    }

    @Test
    void twelveNetworksOfSixToFifteenSchoolsAndThreeSchoolsInNone() throws IOException {
        Map<String, Integer> schoolsPerNetwork = new HashMap<>();
        int without = 0;
        List<String> rows = Files.readAllLines(BUNDLED.resolve("schools.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String network = row.split(",", -1)[1];
            if (network.isEmpty()) {
                without++;
            } else {
                schoolsPerNetwork.merge(network, 1, Integer::sum);
            }
        }
        assertThat(schoolsPerNetwork).hasSize(12);
        assertThat(schoolsPerNetwork.values()).allSatisfy(n -> assertThat(n).isBetween(6, 15));
        assertThat(without).isEqualTo(3);
    }

    @Test
    void aboutFourThousandStaffInFiveRolesWithTwoRelationsAndTwoWaves() throws IOException {
        List<String> people = Files.readAllLines(BUNDLED.resolve("people.csv"));
        assertThat(people.size() - 1).isBetween(3500, 4500);
        Set<String> roles = new HashSet<>();
        people.subList(1, people.size()).forEach(p -> roles.add(p.split(",")[3]));
        assertThat(roles).containsExactlyInAnyOrder(ProgrammeGenerator.ROLES);
        Set<String> relationWaves = new HashSet<>();
        List<String> ties = Files.readAllLines(BUNDLED.resolve("ties.csv"));
        ties.subList(1, ties.size()).forEach(t -> {
            String[] c = t.split(",");
            relationWaves.add(c[2] + "@" + c[4]);
        });
        assertThat(relationWaves).containsExactlyInAnyOrder("advice@2023", "advice@2024", "research@2023",
                "research@2024");
        assertThat(Files.readString(BUNDLED.resolve("study.yaml"))).contains("SYNTHETIC");
    }
}
