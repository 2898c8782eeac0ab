package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.strict;

import org.junit.jupiter.api.Test;

/** study.yaml: every unknown key and bad value is an error naming the key, never a silent default. */
class StudyYamlTest {

    @Test
    void notYaml() {
        StudyInput result = strict("yaml-invalid");
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).singleElement().asString()
                .startsWith("study.yaml:2:13: error: is not valid YAML: while parsing a flow sequence; expected ','"
                        + " or ']'");
    }

    @Test
    void notAMapping() {
        assertThat(issues(strict("yaml-not-mapping"))).containsExactly("study.yaml:1:1: error: is not a YAML"
                + " mapping of settings (it holds a list): expected keys such as name: and relations:");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(issues(strict("yaml-unknown-key"))).containsExactly("study.yaml:2:1: error: unknown key"
                + " 'relatons'; allowed: name, description, relations, imports, affiliations, pseudonymSeed,"
                + " breakdowns");
    }

    @Test
    void unknownRelationKeyWithTheKeyItResembles() {
        assertThat(issues(strict("yaml-unknown-relation-key"))).containsExactly("study.yaml:4:5: error: unknown"
                + " key 'scalemax' in relation advice (did you mean scaleMax?); allowed: question, flow,"
                + " scaleMax, tieMin, strongTieMin");
    }

    @Test
    void flowOutsideSeekGiveMutual() {
        assertThat(issues(strict("yaml-bad-flow"))).containsExactly("study.yaml:3:11: error: advice.flow must be"
                + " seek, give or mutual, found 'sideways' (text)");
    }

    @Test
    void scaleMaxThatIsNotANumber() {
        assertThat(issues(strict("yaml-non-number"))).containsExactly("study.yaml:3:15: error: advice.scaleMax"
                + " must be a number above 0, found 'four' (text)");
    }

    @Test
    void thresholdsThatAreNotPositive() {
        assertThat(issues(strict("yaml-not-positive"))).containsExactly(
                "study.yaml:3:13: error: advice.tieMin must be a number above 0, found '0' (a number)",
                "study.yaml:4:19: error: advice.strongTieMin must be a number above 0, found '-2' (a number)");
    }

    @Test
    void tieMinAboveScaleMax() {
        assertThat(issues(strict("yaml-tiemin-above-scalemax"))).containsExactly("study.yaml:4:13: error:"
                + " advice.tieMin 5 is above scaleMax 4: no weight could be a tie");
    }

    @Test
    void strongTieMinBelowTieMin() {
        assertThat(issues(strict("yaml-strongtiemin-below-tiemin"))).containsExactly("study.yaml:4:19: error:"
                + " advice.strongTieMin 2 is below tieMin 3: a strong tie must be a tie");
    }

    @Test
    void strongTieMinAboveScaleMax() {
        assertThat(issues(strict("yaml-strongtiemin-above-scalemax"))).containsExactly("study.yaml:4:19: error:"
                + " advice.strongTieMin 5 is above scaleMax 4: no weight could be a strong tie");
    }

    @Test
    void nameThatIsNotText() {
        assertThat(issues(strict("yaml-name-not-string"))).containsExactly("study.yaml:1:7: error: name must be"
                + " text, found '2019' (a number): put it in quotes");
    }

    @Test
    void duplicateKey() {
        assertThat(issues(strict("yaml-duplicate-key"))).containsExactly("study.yaml:2:1: error: key 'name'"
                + " appears twice (first on line 1)");
    }
}
