package org.plnet.surveys.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Programme;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyInput;

/** schools.csv and {@code breakdowns:} of study.yaml (programmes.md, sections 1 and 4). */
class SchoolsCsvTest {

    private static final String PEOPLE = """
            id,school,role,member,grade
            a1,Ashurst,head,yes,A
            a2,Ashurst,teacher,,B
            b1,Brockenhurst,head,yes,
            c1,Calshot,,yes,A
            u1,,teacher,,
            """;
    private static final String TIES = """
            source,target
            a1,b1
            a2,a1
            c1,a1
            """;

    @TempDir
    Path dir;

    @Test
    void networksAndAttributesInOrderOfFirstAppearance() throws IOException {
        StudyInput result = read("""
                school,Network,Phase
                "Brockenhurst",Forest North,junior
                Ashurst ,Forest North,
                Calshot,,secondary
                """, null, ReadMode.STRICT);
        assertThat(issues(result)).isEmpty();
        Programme p = result.study().programme();
        assertThat(p.networks()).containsExactly("Forest North");
        assertThat(p.networkOf("Ashurst")).isEqualTo("Forest North");
        assertThat(p.networkOf("Calshot")).isNull();
        assertThat(p.attributeColumns()).containsExactly("Phase");
        assertThat(p.schoolAttributes().get("Ashurst")).containsExactly((String) null);
        assertThat(p.schoolAttributes().get("Calshot")).containsExactly("secondary");
        // the default breakdown: someone has a role
        assertThat(p.breakdowns()).containsExactly(BreakdownAttribute.ROLE);
        assertThat(p.breakdownsAsked()).isFalse();
        assertThat(result.report().toText()).contains("1 network").contains("Forest North: 2 schools")
                .contains("1 school of people.csv without a network: Calshot");
    }

    @Test
    void repeatedSchoolIsAnErrorNamingBothLines() throws IOException {
        StudyInput result = read("school,network\nAshurst,N\nBrockenhurst,N\n Ashurst,M\n", null, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly(
                "schools.csv:4:1: error: repeated school 'Ashurst' (first on line 2)");
    }

    @Test
    void repeatedAndEmptySchoolsAreSkippedAndCountedInLenientMode() throws IOException {
        StudyInput result = read("school,network\nAshurst,N\n,N\nAshurst,M\nBrockenhurst,N\n", null,
                ReadMode.LENIENT);
        assertThat(result.usable()).isTrue();
        assertThat(issues(result)).containsExactly(
                "schools.csv:3:1: warning: school is empty: every row names a school of people.csv: row skipped"
                        + " (lenient mode)",
                "schools.csv:4:1: warning: repeated school 'Ashurst' (first on line 2): row skipped (lenient mode)");
        assertThat(result.study().programme().networks()).containsExactly("N");
        assertThat(result.report().toText()).contains("2 schools read from schools.csv, 2 rows skipped (lenient mode)");
    }

    @Test
    void schoolWithoutStaffAndNetworkWithoutStaffAreWarnedAboutAndIgnored() throws IOException {
        StudyInput result = read("school,network\nAshurst,N\nHythe,Empty\n", null, ReadMode.STRICT);
        assertThat(result.usable()).isTrue();
        assertThat(issues(result)).containsExactly(
                "schools.csv: warning: network 'Empty' has no school with staff in people.csv: ignored",
                "schools.csv:3:1: warning: school 'Hythe' has no staff in people.csv: ignored");
        assertThat(result.study().programme().networks()).containsExactly("N");
        assertThat(result.study().programme().schoolAttributes()).doesNotContainKey("Hythe");
    }

    @Test
    void raggedRowIsAnError() throws IOException {
        StudyInput result = read("school,network\nAshurst,N,extra\n", null, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly(
                "schools.csv:2:3: error: row has 3 cells but the header has 2 columns");
    }

    @Test
    void schoolsCsvWithoutSchoolColumn() throws IOException {
        StudyInput result = read("name,network\nAshurst,N\n", null, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).singleElement().asString().startsWith("schools.csv:1: error: the header has no"
                + " column 'school'");
    }

    @Test
    void networkColumnInPeopleCsvWithSchoolsCsvIsAnError() throws IOException {
        Files.writeString(dir.resolve("people.csv"), "id,school,network\na1,Ashurst,N\nb1,Brockenhurst,N\n");
        Files.writeString(dir.resolve("ties.csv"), "source,target\na1,b1\n");
        Files.writeString(dir.resolve("schools.csv"), "school,network\nAshurst,N\n");
        StudyInput result = StudyFolderReader.read(dir, ReadMode.STRICT);
        assertThat(issues(result)).containsExactly("people.csv:1:3: error: network belongs in schools.csv when the"
                + " study has one: give each school's network there and remove this column");
    }

    @Test
    void breakdownsResolvePeopleColumnsFirstThenSchoolColumnsThenNetwork() throws IOException {
        StudyInput result = read("school,network,phase,GRADE\nAshurst,N,primary,x\n",
                "breakdowns: [Grade, phase, network, member]\n", ReadMode.STRICT);
        assertThat(issues(result)).isEmpty();
        assertThat(result.study().programme().breakdowns()).containsExactly(
                new BreakdownAttribute("Grade", BreakdownAttribute.Source.PERSON_COLUMN, "grade"),
                new BreakdownAttribute("phase", BreakdownAttribute.Source.SCHOOL_COLUMN, "phase"),
                new BreakdownAttribute("network", BreakdownAttribute.Source.NETWORK, "network"),
                new BreakdownAttribute("member", BreakdownAttribute.Source.MEMBER, "member"));
        assertThat(result.study().programme().breakdownsAsked()).isTrue();
    }

    @Test
    void unknownBreakdownColumnIsAnErrorNamingTheKey() throws IOException {
        StudyInput result = read("school,network\nAshurst,N\n", "breakdowns: [role, subject]\n", ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly("study.yaml:1:20: error: breakdowns names 'subject', which is"
                + " not a column of people.csv or schools.csv nor network");
    }

    @Test
    void attributeNamedTwiceIsAnError() throws IOException {
        StudyInput result = read(null, "breakdowns:\n  - role\n  - Role\n", ReadMode.STRICT);
        assertThat(issues(result)).containsExactly(
                "study.yaml:3:5: error: breakdowns names 'Role' twice (first on line 2)");
    }

    @Test
    void emptyBreakdownsListAsksForNone() throws IOException {
        StudyInput result = read(null, "breakdowns: []\n", ReadMode.STRICT);
        assertThat(issues(result)).isEmpty();
        assertThat(result.study().programme().breakdowns()).isEmpty();
        assertThat(result.study().programme().breakdownsAsked()).isTrue();
        assertThat(result.study().programme().hasNetworks()).isFalse();
    }

    private StudyInput read(String schools, String yaml, ReadMode mode) throws IOException {
        Files.writeString(dir.resolve("people.csv"), PEOPLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), TIES, StandardCharsets.UTF_8);
        if (schools != null) {
            Files.writeString(dir.resolve("schools.csv"), schools, StandardCharsets.UTF_8);
        }
        if (yaml != null) {
            Files.writeString(dir.resolve("study.yaml"), yaml, StandardCharsets.UTF_8);
        }
        return StudyFolderReader.read(dir, mode);
    }
}
