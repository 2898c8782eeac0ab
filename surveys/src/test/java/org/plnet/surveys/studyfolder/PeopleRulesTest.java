package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.strict;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Person;
import org.plnet.surveys.report.SchoolResponse;

/** The rows of people.csv. */
class PeopleRulesTest {

    @Test
    void duplicateIdAfterTrimmingNamesTheFirstLine() {
        StudyInput result = strict("duplicate-id");
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly("people.csv:4:1: error: duplicate id 'a1' (first on line 2)");
    }

    @Test
    void emptyId() {
        assertThat(issues(strict("empty-id"))).containsExactly("people.csv:3:1: error: id is empty: every person"
                + " needs an id");
    }

    @Test
    void memberValueThatIsNotYesOrNo() {
        // "N" on line 4 is fine (case-insensitive n); "maybe" is not
        assertThat(issues(strict("bad-member-value"))).containsExactly("people.csv:3:2: error: member 'maybe' is"
                + " not one of true/false, yes/no, 1/0 or y/n (empty means no)");
    }

    @Test
    void respondentValueThatIsNotYesOrNo() {
        StudyInput result = strict("bad-respondent-value");
        // a2's row is left out, so the tie a1 -> a2 is not reported again as naming an unknown person
        assertThat(issues(result)).containsExactly("people.csv:3:2: error: respondent 'sometimes' is not one of"
                + " true/false, yes/no, 1/0 or y/n (empty means no)");
    }

    @Test
    void nameDefaultsToIdAndEmptySchoolIsUnknown() {
        StudyInput result = strict("defaults");
        assertThat(issues(result)).isEmpty();
        assertThat(result.study().people()).extracting(Person::name).containsExactly("a1", "a2", "a3");
        assertThat(result.study().people()).extracting(Person::school).containsExactly("A", "A", null);
        assertThat(result.study().people()).extracting(Person::member).containsExactly(false, false, false);
        assertThat(result.report().response()).singleElement().satisfies(wave ->
                // respondents a1, a2 (the sources); a3 is the one person without a school
                assertThat(wave.schools()).containsExactly(new SchoolResponse("A", 2, 2),
                        new SchoolResponse(null, 1, 0)));
        assertThat(result.report().toText()).contains("  (no school)      1            0           0.0%");
    }

    @Test
    void studyNameIsTheFolderNameWithoutStudyYaml() {
        assertThat(strict("defaults").study().name()).isEqualTo("defaults");
    }
}
