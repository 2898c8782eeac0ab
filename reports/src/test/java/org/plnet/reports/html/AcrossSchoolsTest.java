package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.reports.html.TestStudies.ASHDOWN;
import static org.plnet.reports.html.TestStudies.BIRCHFIELD;
import static org.plnet.reports.html.TestStudies.HOSTILE_SCHOOL;
import static org.plnet.reports.html.TestStudies.index;

import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Study;

class AcrossSchoolsTest {

    private final Study study = TestStudies.twoWaves();
    private final StudyAnalysis analysis = StudyAnalyzer.analyze(study);
    private final ComparedWaves adviceNow = ComparedWaves.choose(analysis, "advice", "2");

    @Test
    void eachSchoolsStaffInRosterOrderAndNobodyForAnUnknownSchool() {
        AcrossSchools across = AcrossSchools.of(study, adviceNow, Disclosure.of(NameMode.SCHOOL));
        assertThat(across.staff(ASHDOWN)).containsExactly(index("a1"), index("a2"), index("a3"));
        assertThat(across.staff(BIRCHFIELD)).containsExactly(index("b1"), index("b2"), index("b3"));
        assertThat(across.staff(HOSTILE_SCHOOL)).containsExactly(index("x1"), index("x2"));
        // u1 has no school and is nobody's staff
        assertThat(across.staff("Nowhere")).isEmpty();
    }

    @Test
    void figuresOfTheViewAndOfTheSurveyBefore() {
        AcrossSchools across = AcrossSchools.of(study, adviceNow, Disclosure.of(NameMode.SCHOOL));
        assertThat(across.figures(ASHDOWN)).isSameAs(adviceNow.current().schools().get(0));
        assertThat(across.before(ASHDOWN)).isSameAs(adviceNow.previous().schools().get(0));
        assertThat(across.figures("Nowhere")).isNull();
        // the research relation has one survey: nothing before it
        AcrossSchools research = AcrossSchools.of(study, ComparedWaves.choose(analysis, "research", "2"),
                Disclosure.of(NameMode.SCHOOL));
        assertThat(research.before(ASHDOWN)).isNull();
    }

    @Test
    void theMiddleSchoolOfReachAndTheSchoolsAGroupTooSmallLeavesOut() {
        // reach in advice, wave 2: Ashdown's colleagues a2 and a3 are both tied to member a1 (1.0); of the
        // hostile school's, x2 is tied to x1 (1.0); of Birchfield's, b2 is tied to b1 and b3 to nobody (0.5).
        // The median of {1.0, 1.0, 0.5} is 1.0; three schools are too few for a middle half (4 needed).
        AcrossSchools all = AcrossSchools.of(study, adviceNow, Disclosure.of(NameMode.SCHOOL));
        assertThat(all.median(LinkMeasure.REACH)).isEqualTo(1.0);
        assertThat(all.middleHalf(LinkMeasure.REACH)).isNull();
        // aggregate mode with groups of 2 or more: the hostile school has one colleague and drops out, so the
        // median is that of {1.0, 0.5}: 0.75
        AcrossSchools pairs = AcrossSchools.of(study, adviceNow, new Disclosure(NameMode.AGGREGATE, 2));
        assertThat(pairs.median(LinkMeasure.REACH)).isEqualTo(0.75);
        // groups of 3 or more: no school has 3 colleagues, so there is no middle school
        AcrossSchools none = AcrossSchools.of(study, adviceNow, new Disclosure(NameMode.AGGREGATE, 3));
        assertThat(none.median(LinkMeasure.REACH)).isNull();
    }
}
