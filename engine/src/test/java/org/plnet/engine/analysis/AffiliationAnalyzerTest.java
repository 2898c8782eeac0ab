package org.plnet.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.affiliation.DavisSouthernWomen;

class AffiliationAnalyzerTest {

    /**
     * Evelyn's row of the women-by-women co-attendance matrix published by Breiger (1974, "The duality of persons
     * and groups", Social Forces 53(2), Table 2): events shared with Laura .. Flora; her diagonal is 8.
     */
    private static final int[] EVELYN_ROW = {6, 7, 6, 3, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1, 2, 1, 1};

    @Test
    void davisProjectionHasThePublishedWeights() {
        Study study = DavisSouthernWomen.study();
        KeptTies layer = study.layer("co-attendance", "1").orElseThrow();
        for (int other = 1; other < 18; other++) {
            assertThat(weight(layer, 0, other)).as("Evelyn - " + DavisSouthernWomen.WOMEN[other])
                    .isEqualTo(EVELYN_ROW[other - 1]);
            assertThat(weight(layer, other, 0)).isEqualTo(EVELYN_ROW[other - 1]);
        }
        // the projection's largest weight is 7 (Evelyn-Theresa, among others): scaleMax 7, strong tie from 6
        Relation r = study.relation("co-attendance");
        assertThat(r).isEqualTo(new Relation("co-attendance", null, Flow.MUTUAL, 7, 1, 6));
        assertThat(study.respondents("co-attendance", "1").cardinality()).isEqualTo(18);
        assertThat(study.respondents("1").cardinality()).isZero();
    }

    @Test
    void davisFiguresCountEventsAndAttendances() {
        StudyAnalysis analysis = StudyAnalyzer.analyze(DavisSouthernWomen.study());
        WaveAffiliations wave = analysis.affiliations().get(0);
        assertThat(wave.events()).isEqualTo(14);
        assertThat(wave.attendances()).isEqualTo(89); // the row sums 8+7+8+7+4+4+4+3+4+4+4+6+7+8+5+2+2+2
        assertThat(wave.peopleFigures().stream().map(AttendeeFigures::events))
                .containsExactly(8, 7, 8, 7, 4, 4, 4, 3, 4, 4, 4, 6, 7, 8, 5, 2, 2, 2);
        assertThat(wave.eventFigures().get(7).event().id()).isEqualTo("E8");
        assertThat(wave.eventFigures().get(7).size()).isEqualTo(14);
        // the co-attendance relation is analysed like any other: every woman a respondent, D with its ties
        GraphAnalysis projected = analysis.analyses().get(0);
        assertThat(projected.relation()).isEqualTo("co-attendance");
        assertThat(projected.schools()).isEmpty();
    }

    /**
     * Three events, listed e1, e2, e3 but held e2 (2019-01-10), e1 (2019-03-01), then e3 (no date, so last).
     * a1, a2 of school A; b1 of B; c1 of C; u with no school; z of C attends nothing.
     */
    private static Study toy() {
        Study.Builder b = Study.builder("toy");
        b.addPerson(new Person("a1", null, "A", null, true, Map.of()));
        b.addPerson(new Person("a2", "A", false));
        b.addPerson(new Person("b1", null, "B", null, true, Map.of()));
        b.addPerson(new Person("c1", "C", false));
        b.addPerson(new Person("u", null, false));
        b.addPerson(new Person("z", "C", false));
        List<Event> events = List.of(new Event("e1", "Spring conference", LocalDate.of(2019, 3, 1), null, Map.of()),
                new Event("e2", null, LocalDate.of(2019, 1, 10), "workshop", Map.of()), Event.named("e3"));
        int a1 = 0, a2 = 1, b1 = 2, c1 = 3, u = 4;
        List<Attendance> rows = List.of(
                new Attendance(a1, 0, "1"), new Attendance(b1, 0, "1"), new Attendance(c1, 0, "1"),
                new Attendance(u, 0, "1"),
                new Attendance(a1, 1, "1"), new Attendance(a2, 1, "1"), new Attendance(b1, 1, "1"),
                new Attendance(a2, 2, "1"), new Attendance(b1, 2, "1"), new Attendance(c1, 2, "1"),
                new Attendance(a1, 2, "1"));
        return b.affiliations(new Affiliations("met", 2, null, events, rows)).build();
    }

    @Test
    void crossSchoolPairsAndNewOnesFollowTheDatesNotTheFile() {
        WaveAffiliations wave = StudyAnalyzer.analyze(toy()).affiliations().get(0);
        assertThat(wave.eventFigures().stream().map(f -> f.event().id())).containsExactly("e2", "e1", "e3");
        EventFigures e2 = wave.eventFigures().get(0);
        EventFigures e1 = wave.eventFigures().get(1);
        EventFigures e3 = wave.eventFigures().get(2);
        // e2 {a1, a2, b1}: cross pairs a1-b1, a2-b1 (a1-a2 same school) = 2, both new; schools A, B; member a1, b1
        assertThat(List.of(e2.size(), e2.schools(), e2.members())).containsExactly(3, 2, 2);
        assertThat(List.of(e2.crossSchoolPairs(), e2.newCrossSchoolPairs())).containsExactly(2L, 2L);
        // e1 {a1, b1, c1, u}: u has no school; a1-b1, a1-c1, b1-c1 = 3; a1-b1 met at e2, so 2 new
        assertThat(List.of(e1.size(), e1.schools(), e1.members())).containsExactly(4, 3, 2);
        assertThat(List.of(e1.crossSchoolPairs(), e1.newCrossSchoolPairs())).containsExactly(3L, 2L);
        // e3 {a2, b1, c1, a1}: 6 pairs less a1-a2 = 5 cross; met before: a2-b1 (e2), b1-c1, a1-b1, a1-c1 (e1):
        // only a2-c1 is new
        assertThat(List.of(e3.crossSchoolPairs(), e3.newCrossSchoolPairs())).containsExactly(5L, 1L);
        assertThat(wave.attendances()).isEqualTo(11);
        assertThat(wave.events()).isEqualTo(3);
        AttendeeFigures z = wave.peopleFigures().get(5);
        assertThat(z.events()).isZero();
        assertThat(z.degreeCentrality()).isNull();
        assertThat(z.closeness()).isNull();
        // a1 attended all three of the 3 events: degree 3/3
        assertThat(wave.peopleFigures().get(0).degreeCentrality()).isEqualTo(1.0);
    }

    @Test
    void projectionKeepsEveryPairAndDLeavesOutThoseBelowTieMin() {
        Study study = toy();
        // shared events: a1-b1 3 (e1, e2, e3); a1-a2 2; a1-c1 2; a2-b1 2; b1-c1 2; a1-u, a2-c1, b1-u, c1-u 1
        KeptTies met = study.layer("met", "1").orElseThrow();
        assertThat(met.size()).isEqualTo(18);
        assertThat(weight(met, 0, 2)).isEqualTo(3);
        assertThat(weight(met, 3, 4)).isEqualTo(1);
        // scaleMax = max(3, tieMin 2) = 3; strongTieMin K - 1 = 2
        assertThat(study.relation("met")).isEqualTo(new Relation("met", null, Flow.MUTUAL, 3, 2, 2));
        GraphAnalysis d = StudyAnalyzer.analyze(study).analyses().get(0);
        assertThat(d.network().ties()).isEqualTo(10); // the 5 pairs with w >= 2, both ways
        // statistics.md: no brokerage against chance for a projected relation (its ties are symmetric by design)
        assertThat(d.people()).allSatisfy(p -> assertThat(p.brokerageChance()).isNull());
        assertThat(d.people().get(0).brokerage().total()).isPositive();
    }

    @Test
    void aWaveWhereNobodyMetStillHasItsAnalysis() {
        Study.Builder b = Study.builder("alone");
        b.addPerson(new Person("p", "A", false));
        b.addPerson(new Person("q", "B", false));
        Study study = b.affiliations(new Affiliations("co-attendance", 1, null,
                List.of(Event.named("x"), Event.named("y")),
                List.of(new Attendance(0, 0, "2020"), new Attendance(1, 1, "2020")))).build();
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        assertThat(analysis.analyses()).hasSize(1);
        assertThat(analysis.analyses().get(0).network().ties()).isZero();
        // scaleMax = max(0, tieMin 1) = 1
        assertThat(study.relation("co-attendance").scaleMax()).isEqualTo(1.0);
        assertThat(analysis.affiliations().get(0).eventFigures().get(0).crossSchoolPairs()).isZero();
    }

    @Test
    void aSurveyedRelationWithTheProjectedNameIsRefused() {
        Study.Builder b = Study.builder("clash");
        b.addPerson(new Person("p", "A", false));
        b.relation(new Relation("co-attendance", null, Flow.MUTUAL, 1, 1, 1));
        b.affiliations(new Affiliations("co-attendance", 1, null, List.of(Event.named("x")),
                List.of(new Attendance(0, 0, "1"))));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("co-attendance");
    }

    private static int weight(KeptTies layer, int source, int target) {
        for (int k = 0; k < layer.size(); k++) {
            if (layer.source(k) == source && layer.target(k) == target) {
                return (int) layer.weight(k);
            }
        }
        return 0;
    }
}
