package org.plnet.surveys.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnet.surveys.imports.Samples;

/** The shared name-generator sample must resolve exactly as name-generator-expected.csv says, row by row. */
class NameMatcherSampleTest {

    private static final NameMatcher MATCHER = NameMatcher.of(Samples.roster());

    static Stream<Arguments> expected() {
        return Samples.csvRows("name-generator-expected.csv").stream()
                .map(r -> Arguments.of(r.get(0), r.get(1), r.get(2)));
    }

    @ParameterizedTest(name = "{0} typed \"{1}\" -> {2}")
    @MethodSource("expected")
    void resolvesAsExpected(String source, String typed, String resolved) {
        assertThat(outcome(MATCHER.match(typed))).isEqualTo(resolved);
    }

    @Test
    void theExpectedFileCoversEveryTypedName() {
        // 10 respondents typed 25 names in all (blank cells are not names)
        List<String> typed = new ArrayList<>();
        for (List<String> row : Samples.csvRows("name-generator.csv")) {
            row.subList(2, row.size()).stream().filter(s -> !s.isBlank()).forEach(typed::add);
        }
        assertThat(typed).hasSize(25);
        assertThat(expected()).hasSize(25);
    }

    @Test
    void reportsTheRuleOfEachFuzzyMatch() {
        assertThat(rule("Tom ONeill")).isEqualTo(MatchRule.EXACT);
        assertThat(rule("Zoe Bronte")).isEqualTo(MatchRule.EXACT);
        assertThat(rule("Wei Li")).isEqualTo(MatchRule.REVERSED_ORDER);
        assertThat(rule("Dave Brown")).isEqualTo(MatchRule.NICKNAME);
        assertThat(rule("J. Smith")).isEqualTo(MatchRule.INITIAL_AND_SURNAME);
        assertThat(rule("H Brown")).isEqualTo(MatchRule.INITIAL_AND_SURNAME);
        assertThat(rule("Sarah S.")).isEqualTo(MatchRule.FIRST_NAME_AND_SURNAME_INITIAL);
        assertThat(rule("Grace O")).isEqualTo(MatchRule.FIRST_NAME_AND_SURNAME_INITIAL);
        assertThat(rule("Priya")).isEqualTo(MatchRule.FIRST_NAME_ONLY);
        assertThat(rule("Mark")).isEqualTo(MatchRule.FIRST_NAME_ONLY);
    }

    /** The outcome in the notation of name-generator-expected.csv. */
    static String outcome(NameMatch match) {
        if (match instanceof NameMatch.Matched m) {
            return m.id();
        }
        if (match instanceof NameMatch.Ambiguous a) {
            return "AMBIGUOUS:" + String.join("|", a.candidates());
        }
        return "UNMATCHED";
    }

    private static MatchRule rule(String typed) {
        return ((NameMatch.Matched) MATCHER.match(typed)).rule();
    }
}
