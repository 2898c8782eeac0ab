package org.plnet.surveys.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.ties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyInput;

/** events.csv, attendance.csv and affiliations: of study.yaml (affiliations.md, section 1). */
class AttendanceFilesTest {

    private static final String PEOPLE = "id,name,school,member\na1,Ann,A,yes\na2,Al,A,no\nb1,Bo,B,yes\nc1,Cy,C,no\n";
    private static final String EVENTS = "id,name,date,type,venue\n"
            + "e1,Spring conference,2019-03-01,conference,Lyndhurst\n"
            + "e2,Maths workshop,2019-01-10,workshop,\n"
            + "e3,Enquiry group,,group,Ringwood\n";

    @TempDir
    Path dir;

    private StudyInput read(ReadMode mode, String... files) throws IOException {
        for (int k = 0; k < files.length; k += 2) {
            Files.writeString(dir.resolve(files[k]), files[k + 1], StandardCharsets.UTF_8);
        }
        return StudyFolderReader.read(dir, mode);
    }

    @Test
    void aRegisterNeedsNoTiesCsvAndProjectsToItsNamedRelation() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE, "events.csv", EVENTS,
                "attendance.csv", "person,event,wave\na1,e1,\nb1,e1,\nc1,e1,\na1,e2,\nb1,e2,\na2,e3,2020\n",
                "study.yaml", "name: toy\naffiliations:\n  relation: met\n  tieMin: 1\n  strongTieMin: 2\n");
        assertThat(issues(in)).isEmpty();
        Study study = in.study();
        Affiliations a = study.affiliations().orElseThrow();
        assertThat(a.events()).containsExactly(
                new Event("e1", "Spring conference", LocalDate.of(2019, 3, 1), "conference", Map.of("venue", "Lyndhurst")),
                new Event("e2", "Maths workshop", LocalDate.of(2019, 1, 10), "workshop", Map.of("venue", "")),
                new Event("e3", "Enquiry group", null, "group", Map.of("venue", "Ringwood")));
        assertThat(a.waves()).containsExactly("1", "2020");
        // wave 1: a1-b1 met at e1 and e2 (2), a1-c1 and b1-c1 at e1 (1); wave 2020: a2 alone at e3
        assertThat(ties(study, "met", "1")).containsExactly("a1->b1:2", "a1->c1:1", "b1->a1:2", "b1->c1:1",
                "c1->a1:1", "c1->b1:1");
        assertThat(study.layer("met", "2020")).isPresent();
        assertThat(study.relation("met").flow()).isEqualTo(Flow.MUTUAL);
        assertThat(study.relation("met").scaleMax()).isEqualTo(2.0);
        assertThat(study.relation("met").strongTieMin()).isEqualTo(2.0);
        // the import report lists the projected relation's settings and where each came from
        assertThat(in.report().relations()).singleElement().satisfies(r -> {
            assertThat(r.relation()).isEqualTo(study.relation("met"));
            assertThat(r.tieMinOrigin()).isEqualTo(org.plnet.surveys.report.SettingOrigin.STUDY_YAML);
            assertThat(r.scaleMaxOrigin()).isEqualTo(org.plnet.surveys.report.SettingOrigin.DEFAULT);
        });
        // nobody answered a survey: the import report counts survey respondents, 0 in each wave
        assertThat(in.report().response()).extracting(r -> r.wave() + ":" + r.respondents())
                .containsExactly("1:0", "2020:0");
    }

    @Test
    void withoutEventsCsvTheEventsComeFromTheRegisterInOrderOfFirstAppearance() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE,
                "attendance.csv", "person,event,wave\na1,x,2\nb1,y,1\nc1,x,1\n");
        assertThat(issues(in)).isEmpty();
        assertThat(in.study().affiliations().orElseThrow().events()).extracting(Event::id).containsExactly("x", "y");
        assertThat(in.study().relations()).containsOnlyKeys("co-attendance");
    }

    @Test
    void badCellsAreNamedByFileLineAndColumn() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE,
                "events.csv", "id,date\ne1,14/03/2019\ne2,2019-03-14\ne2,\n",
                "attendance.csv", "person,event\na1,e2\n");
        assertThat(in.usable()).isFalse();
        assertThat(issues(in)).containsExactly(
                "events.csv:2:2: error: date '14/03/2019' is not an ISO 8601 date such as 2019-03-14",
                "events.csv:4:1: error: event id 'e2' appears twice (first on line 3)");
    }

    @Test
    void unknownIdsAndEmptyCellsAreErrorsInStrictModeAndSkippedInLenient() throws IOException {
        String register = "person,event\na1,e1\nzz,e1\nb1,e9\n,e2\nb1,\na1,e1\n";
        StudyInput strict = read(ReadMode.STRICT, "people.csv", PEOPLE, "events.csv", EVENTS,
                "attendance.csv", register);
        assertThat(strict.usable()).isFalse();
        assertThat(issues(strict)).containsExactly(
                "attendance.csv:3:1: error: person 'zz' is not in people.csv",
                "attendance.csv:4:2: error: event 'e9' is not in events.csv",
                "attendance.csv:5:1: error: person is empty",
                "attendance.csv:6:2: error: event is empty",
                "attendance.csv:7: warning: repeated attendance of a1 at e1 (wave 1), first on line 2: counted once");
        StudyInput lenient = StudyFolderReader.read(dir, ReadMode.LENIENT);
        assertThat(lenient.usable()).isTrue();
        assertThat(lenient.study().affiliations().orElseThrow().attendances("1")).hasSize(1);
        assertThat(lenient.report().sections()).anySatisfy(s -> assertThat(s.lines()).contains(
                "attendance.csv: 6 rows read, 1 attendances kept, 1 repeated (counted once), 4 skipped (lenient mode)"));
    }

    @Test
    void aSurveyedRelationWithTheProjectedNameIsAnErrorNamingBoth() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE,
                "ties.csv", "source,target,relation\na1,b1,advice\nb1,a1,co-attendance\n",
                "attendance.csv", "person,event\na1,e1\n");
        assertThat(issues(in)).containsExactly("ties.csv:3: error: relation 'co-attendance' has the name of the"
                + " co-attendance relation (the default name of the relation attendance.csv projects to):"
                + " rename one of them");
    }

    @Test
    void affiliationsWithoutARegisterIsAWarning() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE, "ties.csv", "source,target\na1,b1\n",
                "study.yaml", "affiliations:\n  tieMin: 2\n");
        assertThat(in.usable()).isTrue();
        assertThat(issues(in)).containsExactly(
                "study.yaml:1:1: warning: affiliations: is not used: the folder has no attendance.csv");
        assertThat(in.study().affiliations()).isEmpty();
    }

    @Test
    void badAffiliationSettingsAreNamed() throws IOException {
        StudyInput in = read(ReadMode.STRICT, "people.csv", PEOPLE, "attendance.csv", "person,event\na1,e1\n",
                "study.yaml", "affiliations:\n  tieMin: 1.5\n  colour: red\n");
        assertThat(issues(in)).containsExactly(
                "study.yaml:2:11: error: affiliations.tieMin must be a whole number of shared events, 1 or more,"
                        + " found '1.5'",
                "study.yaml:3:3: error: unknown key 'colour' in affiliations; allowed: relation, tieMin, strongTieMin");
    }
}
