package org.plnet.surveys.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNicknamesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "tom, thomas, true",
        "thomas, tom, true",
        "bill, will, true",          // two short forms of William
        "kate, katherine, true",
        "catherine, katherine, true", // spelling variants share a group
        "jo, joanne, true",
        "jo, josephine, true",
        "chris, christine, true",
        "christopher, christine, false", // share only the short form "chris"
        "joanne, josephine, false",
        "samuel, samantha, false",
        "alexandra, sandra, false",
        "tom, tom, false",           // the same name is not a nickname of itself
        "mark, michael, false",
        "zoe, zoey, false",          // not in the table
    })
    void equivalence(String a, String b, boolean expected) {
        assertThat(EnglishNicknames.equivalent(a, b)).isEqualTo(expected);
    }
}
