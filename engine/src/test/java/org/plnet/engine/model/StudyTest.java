package org.plnet.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudyTest {

    @Test
    void schoolIndexIsEachPersonsPlaceInSchoolsOrMinusOne() {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "North", false));
        b.addPerson(new Person("b", null, true));
        b.addPerson(new Person("c", "South", false));
        b.addPerson(new Person("d", "North", true));
        Study study = b.build();
        assertThat(study.schools()).containsExactly("North", "South");
        assertThat(study.schoolIndex()).containsExactly(0, -1, 1, 0);
    }

    @Test
    void schoolIndexIsACopy() {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "North", false));
        Study study = b.build();
        study.schoolIndex()[0] = 5;
        assertThat(study.schoolIndex()).containsExactly(0);
    }
}
