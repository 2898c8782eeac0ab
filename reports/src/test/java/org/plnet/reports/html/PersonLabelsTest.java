package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.reports.html.TestStudies.ASHDOWN;
import static org.plnet.reports.html.TestStudies.index;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Study;

class PersonLabelsTest {

    private final Study study = TestStudies.twoWaves();

    // Roster order: members a1, x1, b1, u1 are Member 1..4; a2, a3, x2, b2, b3 are Colleague 1..5
    // (b3 is the fifth non-member); u1 has no school.

    @Test
    void fullModeNamesEveryone() {
        PersonLabels labels = PersonLabels.forOverview(study, NameMode.FULL);
        assertThat(labels.label(index("b1"))).isEqualTo("Farid Nakamura");
        assertThat(labels.role(index("b1"))).isEqualTo("teacher");
        assertThat(labels.title(index("a1"))).isEqualTo("Alma Quist, head teacher, Ashdown (network member)");
        assertThat(labels.title(index("u1"))).isEqualTo("Hugo Zeller, adviser (network member)");
    }

    @Test
    void schoolModeNamesOnlyThePagesOwnSchool() {
        PersonLabels labels = PersonLabels.forSchool(study, NameMode.SCHOOL, ASHDOWN);
        assertThat(labels.label(index("a2"))).isEqualTo("Bram Okafor");
        assertThat(labels.title(index("a2"))).isEqualTo("Bram Okafor, teacher, Ashdown");
        assertThat(labels.label(index("b1"))).isEqualTo("Member 3, Birchfield");
        assertThat(labels.label(index("b2"))).isEqualTo("Colleague 4, Birchfield");
        assertThat(labels.label(index("u1"))).isEqualTo("Member 4");
        assertThat(labels.shortLabel(index("b1"))).isEqualTo("Member 3");
        assertThat(labels.title(index("b1"))).isEqualTo("Member 3, Birchfield");
        assertThat(labels.role(index("b1"))).as("a role could identify a pseudonymous person").isNull();
    }

    @Test
    void schoolModeOverviewNamesNobody() {
        PersonLabels labels = PersonLabels.forOverview(study, NameMode.SCHOOL);
        for (int i = 0; i < study.size(); i++) {
            assertThat(labels.named(i)).isFalse();
        }
        assertThat(labels.label(index("a1"))).isEqualTo("Member 1, Ashdown");
    }

    @Test
    void noneModeGivesTheSamePseudonymOnEveryPage() {
        PersonLabels ashdown = PersonLabels.forSchool(study, NameMode.NONE, ASHDOWN);
        PersonLabels birchfield = PersonLabels.forSchool(study, NameMode.NONE, TestStudies.BIRCHFIELD);
        for (int i = 0; i < study.size(); i++) {
            assertThat(ashdown.named(i)).isFalse();
            assertThat(ashdown.label(i)).isEqualTo(birchfield.label(i));
        }
        assertThat(ashdown.label(index("a1"))).isEqualTo("Member 1, Ashdown");
        assertThat(ashdown.label(index("b3"))).isEqualTo("Colleague 5, Birchfield");
    }
}
