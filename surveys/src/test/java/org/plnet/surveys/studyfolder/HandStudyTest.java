package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.respondents;
import static org.plnet.surveys.studyfolder.Fixtures.strict;
import static org.plnet.surveys.studyfolder.Fixtures.ties;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.TieRowCounts;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.report.SettingOrigin;

/** The conformance study of /work/shared/spec/conformance/hand-study, read end to end. */
class HandStudyTest {

    private final StudyInput result = strict("hand-study");

    @Test
    void isUsableWithoutIssues() {
        assertThat(result.usable()).isTrue();
        assertThat(result.report().issues()).isEmpty();
        assertThat(result.studyOrThrow().name()).isEqualTo("hand-study");
    }

    @Test
    void rosterInFileOrderWithSchoolsAndMembers() {
        Study study = result.study();
        assertThat(study.people()).extracting(Person::id)
                .containsExactly("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3");
        assertThat(study.people()).filteredOn(Person::member).extracting(Person::id)
                .containsExactly("a1", "a2", "b1");
        assertThat(study.schools()).containsExactly("A", "B");
        assertThat(study.people().get(0).name()).isEqualTo("a1");
    }

    @Test
    void respondentsAreTheSourcesOfKeptRows() {
        // sources of the 10 rows: a3 a1 a2 a3 a5 b1 b2 b1 b1 a1; a4 and b3 never report
        assertThat(respondents(result.study(), "1")).containsExactly("a1", "a2", "a3", "a5", "b1", "b2");
        assertThat(result.study().waves()).containsExactly("1");
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.TIE_SOURCES);
    }

    @Test
    void keepsAllTenRowsSortedBySourceThenTarget() {
        assertThat(ties(result.study(), "advice", "1")).containsExactly(
                "a1->a2:2", "a1->a3:2", "a2->a4:3", "a3->a1:4", "a3->b1:1",
                "a5->b2:1", "b1->a2:2", "b1->b2:1", "b1->b3:4", "b2->b1:3");
    }

    @Test
    void relationSettingsComeFromStudyYaml() {
        Relation advice = result.study().relation("advice");
        assertThat(advice.flow()).isEqualTo(Flow.SEEK);
        assertThat(advice.scaleMax()).isEqualTo(4.0);
        assertThat(advice.tieMin()).isEqualTo(2.0);
        assertThat(advice.strongTieMin()).isEqualTo(3.0);
        assertThat(result.report().relations()).singleElement().satisfies(s -> {
            assertThat(s.flowOrigin()).isEqualTo(SettingOrigin.STUDY_YAML);
            assertThat(s.scaleMaxOrigin()).isEqualTo(SettingOrigin.STUDY_YAML);
            assertThat(s.tieMinOrigin()).isEqualTo(SettingOrigin.STUDY_YAML);
            assertThat(s.strongTieMinOrigin()).isEqualTo(SettingOrigin.STUDY_YAML);
        });
    }

    @Test
    void countsRowsAndTiesOfD() {
        // weights 4 2 3 1 1 2 3 1 4 2: three rows of weight 1 are below tieMin 2
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("advice", "1", 10, 10, 0, 0, 0, 0, 3, 7));
    }

    @Test
    void responseBySchool() {
        ImportReport report = result.report();
        assertThat(report.people()).isEqualTo(8);
        assertThat(report.response()).singleElement().satisfies(wave -> {
            // A: a1..a5, respondents a1 a2 a3 a5; B: b1..b3, respondents b1 b2
            assertThat(wave.schools()).extracting(s -> s.label() + " " + s.staff() + " " + s.respondents())
                    .containsExactly("A 5 4", "B 3 2");
            assertThat(wave.schools().get(0).responseRate()).isEqualTo(0.8);
            assertThat(wave.responseRate()).isEqualTo(0.75);
        });
    }

    @Test
    void textReport() {
        assertThat(result.report().toText()).isEqualTo("""
                Import report for study "hand-study"

                People: 8
                Respondents: derived from ties.csv (the sources of at least one kept row in each wave)

                Response in wave 1
                  school  staff  respondents  response rate
                  A           5            4          80.0%
                  B           3            2          66.7%
                  all         8            6          75.0%

                Relation advice
                  flow: seek (study.yaml)
                  scaleMax: 4 (study.yaml)
                  tieMin: 2 (study.yaml)
                  strongTieMin: 3 (study.yaml)
                  wave 1: 10 rows read, 10 ties kept (7 in D, 3 below tieMin), 0 duplicate rows merged, \
                0 self-ties dropped, 0 rows with weight 0 (no tie), 0 rows skipped

                Issues: 0 errors, 0 warnings
                """);
    }

    @Test
    void sameInputSameReport() {
        assertThat(strict("hand-study").report().toText()).isEqualTo(result.report().toText());
        assertThat(result.report().toText()).doesNotContain(Fixtures.root().toString());
    }
}
