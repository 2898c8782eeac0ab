package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.reports.html.TestStudies.ASHDOWN;
import static org.plnet.reports.html.TestStudies.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

class PersonLabelsTest {

    private final Study study = TestStudies.twoWaves();

    // The study has no pseudonymSeed: its hash gives b1, x1, a1, u1 Member 1..4 and x2, a3, b2, b3, a2
    // Colleague 1..5; u1 has no school.

    @Test
    void pseudonymsFollowTheSeededShuffleNotTheRoster() {
        // without a pseudonymSeed the seed is a hash of the study: members b1, x1, a1, u1 are Member 1..4 and
        // x2, a3, b2, b3, a2 Colleague 1..5 (fixed by the hash; roster order would give a1 Member 1)
        PersonLabels labels = PersonLabels.forOverview(study, NameMode.NONE);
        String[] ids = {"b1", "x1", "a1", "u1", "x2", "a3", "b2", "b3", "a2"};
        String[] expected = {"Member 1", "Member 2", "Member 3", "Member 4", "Colleague 1", "Colleague 2",
            "Colleague 3", "Colleague 4", "Colleague 5"};
        for (int k = 0; k < ids.length; k++) {
            assertThat(labels.shortLabel(index(ids[k]))).as(ids[k]).isEqualTo(expected[k]);
        }
    }

    @Test
    void theSeedOfStudyYamlDecidesTheNumbersAndEachGroupIsNumberedOneToK() {
        int n = 30;
        List<Set<String>> orders = new ArrayList<>();
        for (long seed : new long[] {1, 2, 1}) {
            Study.Builder b = Study.builder("s").pseudonymSeed(seed);
            for (int i = 0; i < n; i++) {
                b.addPerson(new Person("p" + i, "S", i % 3 == 0));
            }
            Study s = b.build();
            PersonLabels labels = PersonLabels.forOverview(s, NameMode.NONE);
            List<String> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(labels.shortLabel(i));
            }
            // 10 members and 20 others, each numbered 1..k exactly once
            List<String> members = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (int k = 1; k <= 10; k++) {
                members.add("Member " + k);
            }
            for (int k = 1; k <= 20; k++) {
                others.add("Colleague " + k);
            }
            assertThat(all.stream().filter(l -> l.startsWith("Member")).toList())
                    .containsExactlyInAnyOrderElementsOf(members)
                    .as("roster order (probability 1/10! for a shuffle)").isNotEqualTo(members);
            assertThat(all.stream().filter(l -> l.startsWith("Colleague")).toList())
                    .containsExactlyInAnyOrderElementsOf(others);
            orders.add(new LinkedHashSet<>(all));
        }
        assertThat(orders.get(0)).containsExactlyElementsOf(orders.get(2));
        assertThat(List.copyOf(orders.get(0))).isNotEqualTo(List.copyOf(orders.get(1)));
    }

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
        assertThat(labels.label(index("b1"))).isEqualTo("Member 1, Birchfield");
        assertThat(labels.label(index("b2"))).isEqualTo("Colleague 3, Birchfield");
        assertThat(labels.label(index("u1"))).isEqualTo("Member 4");
        assertThat(labels.shortLabel(index("b1"))).isEqualTo("Member 1");
        assertThat(labels.title(index("b1"))).isEqualTo("Member 1, Birchfield");
        assertThat(labels.role(index("b1"))).as("a role could identify a pseudonymous person").isNull();
    }

    @Test
    void schoolModeOverviewNamesNobody() {
        PersonLabels labels = PersonLabels.forOverview(study, NameMode.SCHOOL);
        for (int i = 0; i < study.size(); i++) {
            assertThat(labels.named(i)).isFalse();
        }
        assertThat(labels.label(index("a1"))).isEqualTo("Member 3, Ashdown");
    }

    @Test
    void noneModeGivesTheSamePseudonymOnEveryPage() {
        PersonLabels ashdown = PersonLabels.forSchool(study, NameMode.NONE, ASHDOWN);
        PersonLabels birchfield = PersonLabels.forSchool(study, NameMode.NONE, TestStudies.BIRCHFIELD);
        for (int i = 0; i < study.size(); i++) {
            assertThat(ashdown.named(i)).isFalse();
            assertThat(ashdown.label(i)).isEqualTo(birchfield.label(i));
        }
        assertThat(ashdown.label(index("a1"))).isEqualTo("Member 3, Ashdown");
        assertThat(ashdown.label(index("b3"))).isEqualTo("Colleague 4, Birchfield");
    }

    @Test
    void aStudysNumbersAreComputedOnceAndEveryCallerGetsItsOwnCopy() {
        // the numbers of twoWaves (see above): b1 is Member 1, a1 Member 3
        int[] first = Pseudonyms.numbers(study);
        assertThat(first[index("b1")]).isEqualTo(1);
        assertThat(first[index("a1")]).isEqualTo(3);
        first[index("a1")] = 99; // a caller's copy: the next caller is not affected
        assertThat(Pseudonyms.numbers(study)[index("a1")]).isEqualTo(3);
        // another study in between has its own numbers, and the first study's come back unchanged
        Study.Builder one = Study.builder("other").pseudonymSeed(7);
        one.addPerson(new Person("p", "S", true));
        Study other = one.build();
        assertThat(Pseudonyms.numbers(other)).containsExactly(1);
        assertThat(Pseudonyms.numbers(study)).containsExactly(3, 5, 2, 2, 1, 1, 3, 4, 4);
    }
}
