package org.plnet.surveys.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.surveys.studyfolder.Fixtures.folder;
import static org.plnet.surveys.studyfolder.Fixtures.strict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.report.ImportIssue;

/** The public reading of a roster in the layout of people.csv, for rosters outside a study folder. */
class RosterTest {

    @TempDir
    Path dir;

    @Test
    void csvRosterHasThePeopleItHasAsAStudysPeopleCsv() {
        Roster roster = Roster.read(folder("hand-study").resolve("people.csv"), "roster.csv");
        assertThat(roster.people()).isEqualTo(strict("hand-study").study().people());
        assertThat(roster.size()).isEqualTo(roster.people().size());
    }

    /** Each fixture's people.csv is wrong in one way: the roster reader stops on the study reader's first error. */
    @ParameterizedTest
    @ValueSource(strings = {"duplicate-id", "empty-id", "bad-member-value", "bad-respondent-value",
        "missing-id-column", "duplicate-column", "binary-people", "no-people-rows", "ragged-rows", "malformed-quotes"})
    void everyBadPeopleCsvStopsWithTheStudyReadersMessage(String fixture) {
        List<ImportIssue> studyErrors = strict(fixture).report().errors().stream()
                .filter(i -> i.location().file().equals("people.csv")).toList();
        ImportIssue first = studyErrors.get(0);
        int more = studyErrors.size() - 1;
        String expected = first.location() + ": " + first.message()
                + (more == 0 ? "" : " (and " + more + " more error" + (more == 1 ? "" : "s") + " in the file)");
        assertThatThrownBy(() -> Roster.read(folder(fixture).resolve("people.csv"), "people.csv"))
                .isInstanceOf(InputException.class).hasMessage(expected);
    }

    @Test
    void twoBadRowsNameTheFirstAndCountTheOther() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), "id,member\na1,yes\n,no\na1,maybe\n");
        // line 3: empty id; line 4: duplicate of line 2 and a bad member value
        assertThatThrownBy(() -> Roster.read(file, "roster.csv")).isInstanceOf(InputException.class)
                .hasMessage("roster.csv:3:1: id is empty: every person needs an id (and 2 more errors in the file)");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> Roster.read(dir.resolve("none.csv"), "none.csv")).isInstanceOf(InputException.class)
                .hasMessage("none.csv: file not found");
    }

    @Test
    void respondentColumnIsNotAnAttribute() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), "id,respondent,email\na1,yes,a@x\na2,,b@x\n");
        Roster roster = Roster.read(file, "roster.csv");
        assertThat(roster.hasRespondentColumn()).isTrue();
        assertThat(roster.saysRespondent(0)).isTrue();
        assertThat(roster.saysRespondent(1)).isFalse();
        assertThat(roster.people().get(0).attributes()).containsExactly(java.util.Map.entry("email", "a@x"));
    }

    @Test
    void sheetRowsMayEndBeforeTheirEmptyCells() {
        // a spreadsheet stores no cell after a row's last value: row 2 lacks member, row 3 has empty cells after it
        Roster roster = Roster.read(List.of(List.of("id", "name", "school", "member"), List.of("a1", "Ann", "A"),
                List.of("a2", "Bob", "A", "yes", "", "")), List.of(1, 2, 3), "roster.xlsx");
        assertThat(roster.people()).containsExactly(new Person("a1", "Ann", "A", null, false, java.util.Map.of()),
                new Person("a2", "Bob", "A", null, true, java.util.Map.of()));
        assertThat(roster.hasRespondentColumn()).isFalse();
    }

    @Test
    void sheetRowWithAValueBeyondTheHeaderIsRaggedAtItsRowNumber() {
        assertThatThrownBy(() -> Roster.read(List.of(List.of("id", "name"), List.of("a1", "Ann", "extra")),
                List.of(1, 4), "roster.xlsx")).isInstanceOf(InputException.class)
                .hasMessage("roster.xlsx:4:3: row has 3 cells but the header has 2 columns");
    }

    @Test
    void sheetsAreHeldToTheSameRulesAsCsv() {
        assertThatThrownBy(() -> Roster.read(List.of(List.of("id", "member"), List.of("a1", "maybe")),
                List.of(1, 2), "roster.xlsx")).isInstanceOf(InputException.class)
                .hasMessage("roster.xlsx:2:2: member 'maybe' is not one of true/false, yes/no, 1/0 or y/n"
                        + " (empty means no)");
        assertThatThrownBy(() -> Roster.read(List.of(List.of("name"), List.of("Ann")), List.of(1, 2), "roster.xlsx"))
                .isInstanceOf(InputException.class).hasMessage("roster.xlsx:1: the header has no column 'id'");
        assertThatThrownBy(() -> Roster.read(List.of(List.of("id", "name")), List.of(1), "roster.xlsx"))
                .isInstanceOf(InputException.class).hasMessage("roster.xlsx: has a header but no people");
    }

    @Test
    void emptySheet() {
        assertThatThrownBy(() -> Roster.read(List.of(), List.of(), "roster.xlsx")).isInstanceOf(InputException.class)
                .hasMessage("roster.xlsx: is empty");
    }
}
