package org.plnet.surveys.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/**
 * The attributes a GraphML or GEXF file gives its nodes become people columns of the roster people they match
 * (imports/folder/attributes.graphml against imports/folder/roster.csv).
 */
class NodeAttributesTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(NodeAttributesTest.class.getResource("/imports/folder/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SurveyImport graph(Path study) {
        return SurveyImport.of(fixture("attributes.graphml"), fixture("roster.csv"), study).relation("advice");
    }

    @Test
    void attributesOfRosterPeopleBecomeColumnsAndTheRosterKeepsItsOwn() throws IOException {
        Path study = dir.resolve("study");
        graph(study).run();
        // p01: phase was empty on the roster (taken), years new, role and id contradict the roster (kept);
        // p02: member and phase contradict the roster (kept); p03: school contradicts, member n = no agrees,
        // nothing is taken from it
        assertThat(Files.readString(study.resolve("people.csv"), StandardCharsets.UTF_8)).isEqualTo("""
                id,name,school,role,member,phase,years_experience
                p01,Jane Smith,Ashurst Primary,teacher,yes,primary,22
                p02,Tom O'Neill,Ashurst Primary,teacher,yes,primary,7
                p03,Priya Patel,Brockenhurst Infant,teacher,no,infant,
                """);
        String label = fixture("attributes.graphml").toString();
        assertThat(Files.readString(study.resolve("import-report.txt"), StandardCharsets.UTF_8))
                .contains("2 people given node attributes of the export as people columns (new columns:"
                        + " years_experience)")
                .contains(label + ": warning: the node attribute role of p01 is 'senior leader' but the roster says"
                        + " 'teacher': the roster's value is kept\n"
                        + "  " + label + ": warning: the node attribute id of p01 is 'X1' but the roster says 'p01':"
                        + " the roster's value is kept\n"
                        + "  " + label + ": warning: the node attribute member of p02 is 'no' but the roster says"
                        + " 'yes': the roster's value is kept\n"
                        + "  " + label + ": warning: the node attribute phase of p02 is 'infant' but people.csv"
                        + " says 'primary': the value of people.csv is kept\n"
                        + "  " + label + ": warning: the node attribute school of p03 is 'Brockenhurst' but the"
                        + " roster says 'Brockenhurst Infant': the roster's value is kept\n")
                .doesNotContain("of p03 is 'n'");
        Study model = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(model.people()).extracting(Person::attributes).containsExactly(
                Map.of("phase", "primary", "years_experience", "22"),
                Map.of("phase", "primary", "years_experience", "7"),
                Map.of("phase", "infant", "years_experience", ""));
    }

    @Test
    void aLaterImportKeepsTheColumnsAnEarlierOneAdded() throws IOException {
        Path study = dir.resolve("study");
        graph(study).run();
        String people = Files.readString(study.resolve("people.csv"), StandardCharsets.UTF_8);
        // the roster is given again: its rows replace the study's, but not the values it does not have
        SurveyImport.of(fixture("edges.csv"), fixture("roster.csv"), study).format(SurveyFormat.EDGE_LIST)
                .relation("advice").wave("2").run();
        assertThat(Files.readString(study.resolve("people.csv"), StandardCharsets.UTF_8)).isEqualTo(people);
        assertThat(Files.readString(study.resolve("import-report.txt"), StandardCharsets.UTF_8))
                .doesNotContain("details taken from the new roster");
    }

    @Test
    void gexfAttributesToo() throws IOException {
        Path study = dir.resolve("study");
        SurveyImport.of(fixture("attributes.gexf"), fixture("roster.csv"), study).relation("advice").run();
        // p03 is not in the file: its cells of the new column stay empty
        assertThat(Files.readString(study.resolve("people.csv"), StandardCharsets.UTF_8)).isEqualTo("""
                id,name,school,role,member,phase,years_experience
                p01,Jane Smith,Ashurst Primary,teacher,yes,,22
                p02,Tom O'Neill,Ashurst Primary,teacher,yes,primary,7
                p03,Priya Patel,Brockenhurst Infant,teacher,no,infant,
                """);
        assertThat(Files.readString(study.resolve("import-report.txt"), StandardCharsets.UTF_8))
                .contains(": warning: the node attribute school of p02 is 'Calshot Junior' but the roster says"
                        + " 'Ashurst Primary': the roster's value is kept\n");
    }
}
