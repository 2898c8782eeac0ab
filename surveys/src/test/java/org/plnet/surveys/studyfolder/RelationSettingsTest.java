package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.strict;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.report.RelationSettings;
import org.plnet.surveys.report.SettingOrigin;

/** Relation settings resolved from study.yaml and the defaults of school-links.md. */
class RelationSettingsTest {

    @Test
    void defaultsTakeScaleMaxFromTheLargestKeptWeightInAnyWave() {
        StudyInput result = strict("relation-defaults");
        assertThat(issues(result)).isEmpty();
        // advice: weights 2 (wave 1) and 5 (wave 2) -> K = 5, strongTieMin = K - 1 = 4
        assertThat(result.study().relation("advice"))
                .isEqualTo(new Relation("advice", null, Flow.SEEK, 5, Relation.ANY_POSITIVE, 4));
        // collab: weight 1 -> K = 1 < 3, strongTieMin = K
        assertThat(result.study().relation("collab"))
                .isEqualTo(new Relation("collab", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        assertThat(result.report().relations()).allSatisfy(s -> assertThat(s)
                .extracting(RelationSettings::flowOrigin, RelationSettings::scaleMaxOrigin,
                        RelationSettings::tieMinOrigin, RelationSettings::strongTieMinOrigin)
                .containsOnly(SettingOrigin.DEFAULT));
        assertThat(result.report().toText()).contains("""
                Relation advice
                  flow: seek (default)
                  scaleMax: 5 (default)
                  tieMin: any weight > 0 (default)
                  strongTieMin: 4 (default)
                """);
    }

    @Test
    void relationOfStudyYamlWithoutTiesGetsSettingsAndAWarning() {
        StudyInput result = strict("yaml-relation-without-ties");
        assertThat(result.usable()).isTrue();
        assertThat(issues(result)).containsExactly("study.yaml:3:3: warning: relation mentoring has no rows in"
                + " ties.csv (relation names must match the relation column exactly)");
        assertThat(result.study().name()).isEqualTo("mentoring study");
        assertThat(result.study().relations()).containsOnlyKeys("advice", "mentoring");
        // scaleMax 3 from study.yaml, strongTieMin default K - 1 = 2
        assertThat(result.study().relation("mentoring")).isEqualTo(
                new Relation("mentoring", "Who do you mentor?", Flow.GIVE, 3, Relation.ANY_POSITIVE, 2));
        assertThat(result.study().layers()).extracting(l -> l.relation()).containsExactly("advice");
    }

    @Test
    void partialSettingsMixStudyYamlAndDefaults() {
        StudyInput result = strict("yaml-partial-settings");
        assertThat(issues(result)).isEmpty();
        // tieMin 2 from study.yaml; K = largest weight 4; strongTieMin = 3
        assertThat(result.study().relation("advice")).isEqualTo(
                new Relation("advice", "Who do you go to for advice?", Flow.SEEK, 4, 2, 3));
        assertThat(result.report().relations()).singleElement().satisfies(s -> {
            assertThat(s.tieMinOrigin()).isEqualTo(SettingOrigin.STUDY_YAML);
            assertThat(s.scaleMaxOrigin()).isEqualTo(SettingOrigin.DEFAULT);
            assertThat(s.strongTieMinOrigin()).isEqualTo(SettingOrigin.DEFAULT);
        });
        assertThat(result.report().description()).contains("Two teachers, one question.\nUsed to test partial settings.\n");
        assertThat(result.report().toText()).startsWith("Import report for study \"yaml-partial-settings\"\n"
                + "  Two teachers, one question.\n  Used to test partial settings.\n\nPeople: 2\n");
        assertThat(result.report().toText()).contains("  question: Who do you go to for advice?\n",
                "  tieMin: 2 (study.yaml)\n", "  scaleMax: 4 (default)\n");
    }

    @Test
    void tieMinAboveEveryWeightIsWarnedAbout() {
        StudyInput result = strict("yaml-tiemin-above-largest-weight");
        assertThat(issues(result)).containsExactly("study.yaml:3:13: warning: advice.tieMin 3 is above the largest"
                + " weight of the relation in ties.csv (2): no tie reaches it");
        // K = 2 from the data; the one row is kept (a1 answered) but is not a tie of D
        assertThat(result.study().relation("advice")).isEqualTo(new Relation("advice", null, Flow.SEEK, 2, 3, 2));
        assertThat(result.report().layers()).singleElement().satisfies(c -> {
            assertThat(c.tiesKept()).isEqualTo(1);
            assertThat(c.tiesInD()).isZero();
        });
    }
}
