package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/** The roster of {@code plnet import} is read by the study's reader of people.csv: same rosters, same messages. */
class RosterFileTest {

    @TempDir
    Path dir;

    @Test
    void sampleRoster() {
        List<Person> people = RosterFile.read(Samples.file("roster.csv"));
        assertThat(people).hasSize(12);
        assertThat(people.get(0)).isEqualTo(new Person("p01", "Jane Smith", "Ashurst Primary", "senior leader", true,
                Map.of()));
    }

    /** Each roster is wrong in one way; as a study's people.csv it gives the same first error. */
    @ParameterizedTest
    @ValueSource(strings = {
        "name,school\nAnn,A\n",                    // no id column
        "id,name\na1,Ann\na1,Bob\n",               // duplicate id
        "id,name\n,Ann\n",                          // empty id
        "id,member\na1,perhaps\n",                 // member not yes/no
        "id,ID\na1,a2\n",                           // a column twice
        "id,name\na1,Ann,extra\n",                 // ragged row
        "id;name\na1;Ann\n",                        // semicolons
        "id,name\n"                                 // no people
    })
    void badRosterStopsWithTheMessageOfAStudysPeopleCsv(String text) throws IOException {
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.writeString(study.resolve("people.csv"), text);
        Files.writeString(study.resolve("ties.csv"), "source,target\n");
        List<ImportIssue> errors = StudyFolderReader.read(study, ReadMode.STRICT).report().errors();
        ImportIssue first = errors.get(0);
        assertThatThrownBy(() -> RosterFile.read(study.resolve("people.csv"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith(study.resolve("people.csv") + first.location().toString()
                        .substring("people.csv".length()) + ": " + first.message());
    }

    @Test
    void respondentColumnIsHandedOnAsAnAttribute() throws IOException {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,Respondent,email\na1,Y,a@x\na2,,b@x\n");
        assertThat(RosterFile.read(roster)).extracting(Person::attributes).containsExactly(
                Map.of("email", "a@x", RosterFile.RESPONDENT, "yes"), Map.of("email", "b@x", RosterFile.RESPONDENT, "no"));
    }

    @Test
    void xlsxRosterWhoseRowsStopBeforeTheirEmptyCells() throws IOException {
        Path roster = TinyXlsx.write(dir.resolve("roster.xlsx"), List.of(List.of(
                List.of("id", "name", "school", "member", "email"),
                List.of("a1", "Ann", "A", "yes", "ann@x"),
                List.of("a2", "Bob", "A"))));
        assertThat(RosterFile.read(roster)).containsExactly(
                new Person("a1", "Ann", "A", null, true, Map.of("email", "ann@x")),
                new Person("a2", "Bob", "A", null, false, Map.of("email", "")));
    }

    @Test
    void xlsxRosterErrorsNameTheSheetRow() throws IOException {
        Path roster = TinyXlsx.write(dir.resolve("roster.xlsx"), List.of(List.of(
                List.of("id", "name"), List.of("a1", "Ann"), List.of("a1", "Bob"))));
        assertThatThrownBy(() -> RosterFile.read(roster)).isInstanceOf(InputException.class)
                .hasMessage(roster + ":3:1: duplicate id 'a1' (first on line 2)");
    }
}
