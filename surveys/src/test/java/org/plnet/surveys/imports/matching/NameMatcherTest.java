package org.plnet.surveys.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.surveys.imports.Samples.people;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnet.surveys.imports.Samples;

class NameMatcherTest {

    private static final NameMatcher SAMPLE = NameMatcher.of(Samples.roster());

    private static String outcome(NameMatcher matcher, String typed) {
        return NameMatcherSampleTest.outcome(matcher.match(typed));
    }

    private static MatchRule rule(NameMatcher matcher, String typed) {
        NameMatch m = matcher.match(typed);
        assertThat(m).as(typed).isInstanceOf(NameMatch.Matched.class);
        return ((NameMatch.Matched) m).rule();
    }

    @Nested
    class Spelling {

        @ParameterizedTest(name = "\"{0}\" -> {1} by {2}")
        @CsvSource(delimiter = '|', value = {
            "Tom O'Neill       | p02 | EXACT",
            "tom o'neill       | p02 | EXACT",
            "TOM O'NEILL       | p02 | EXACT",
            "Tom O’Neill       | p02 | EXACT",   // typographic apostrophe
            "Tom ONeill        | p02 | EXACT",
            "Tom O Neill       | p02 | EXACT",
            "  Tom   O'Neill   | p02 | EXACT",
            "T. O'Neill        | p02 | INITIAL_AND_SURNAME",
            "T O'Neill         | p02 | INITIAL_AND_SURNAME",
            "T O Neill         | p02 | INITIAL_AND_SURNAME",
            "T.O'Neill         | p02 | INITIAL_AND_SURNAME",
            "Ann-Marie Jones   | p04 | EXACT",
            "Ann Marie Jones   | p04 | EXACT",
            "Annmarie Jones    | p04 | EXACT",
            "Ann Jones         | p04 | GIVEN_NAME_PART",
            "A. Jones          | p04 | INITIAL_AND_SURNAME",
            "A M Jones         | p04 | INITIAL_AND_SURNAME",
            "Zoë Brontë        | p05 | EXACT",
            "ZOE BRONTE        | p05 | EXACT",
            "José García       | p08 | EXACT",
            "Jose Garcia       | p08 | EXACT",
            "Dr Mark Evans     | p06 | EXACT",
            "Mr. Evans         | p06 | SURNAME_ONLY",
            "Patel, Priya      | p03 | REVERSED_ORDER",
            "Patel Priya       | p03 | REVERSED_ORDER",
            "PATEL priya       | p03 | REVERSED_ORDER",
            "O'Neill, Tom      | p02 | REVERSED_ORDER",
            "Priya P           | p03 | FIRST_NAME_AND_SURNAME_INITIAL",
            "Priya P.          | p03 | FIRST_NAME_AND_SURNAME_INITIAL",
            "Patel P           | p03 | SURNAME_AND_INITIAL",
            "Patel, P.         | p03 | SURNAME_AND_INITIAL",
            "Patel             | p03 | SURNAME_ONLY",
            "Okafor            | p12 | SURNAME_ONLY",
            "Ann-Marie         | p04 | FIRST_NAME_ONLY",
            "Hannah            | p10 | FIRST_NAME_ONLY",
            "Thomas O'Neill    | p02 | NICKNAME",
            "Tommy ONeill      | p02 | NICKNAME",
            "David             | p11 | FIRST_NAME_ONLY",
            "Dave              | p11 | NICKNAME_ONLY",
            "Dave B            | p11 | FIRST_NAME_AND_SURNAME_INITIAL",
            "p03               | p03 | ID",
            "P03               | p03 | ID",
        })
        void resolvesTheSampleRoster(String typed, String id, MatchRule rule) {
            NameMatch m = SAMPLE.match(typed);
            assertThat(m).isEqualTo(new NameMatch.Matched(typed.strip(), id, rule));
        }

        @Test
        void composedAndDecomposedAccentsAreTheSame() {
            String decomposed = "Jose\u0301 Garci\u0301a";
            assertThat(outcome(SAMPLE, decomposed)).isEqualTo("p08");
        }

        @Test
        void lettersWithoutDecompositionAreSpelledOut() {
            NameMatcher m = NameMatcher.of(people("s1", "Søren Łukasz Kierkegaard", "s2", "Åse Strauß"));
            assertThat(outcome(m, "Soren Lukasz Kierkegaard")).isEqualTo("s1");
            assertThat(outcome(m, "Ase Strauss")).isEqualTo("s2");
        }
    }

    @Nested
    class NeverGuesses {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = ';', value = {
            "Smith      ; AMBIGUOUS:p01|p07",
            "Mrs Smith  ; AMBIGUOUS:p01|p07",
            "Brown      ; AMBIGUOUS:p10|p11",
            "Ms. Brown  ; AMBIGUOUS:p10|p11",
            "S Smith    ; p07",
            "J Smith    ; p01",
            "Jane S     ; p01",
        })
        void sampleSurnamesShared(String typed, String expected) {
            assertThat(outcome(SAMPLE, typed)).isEqualTo(expected);
        }

        @Test
        void anInitialThatFitsTwoPeopleIsAmbiguous() {
            NameMatcher m = NameMatcher.of(people("a", "Jane Smith", "b", "John Smith", "c", "Sarah Smith"));
            assertThat(m.match("J. Smith")).isEqualTo(new NameMatch.Ambiguous("J. Smith", List.of("a", "b")));
            assertThat(outcome(m, "Smith J")).isEqualTo("AMBIGUOUS:a|b");
        }

        @Test
        void aStrongerPartialRuleDoesNotOverruleAWeakerOne() {
            // "Sam" is a short form of Samuel and of Samantha: "Sam Brown" and "Sam B" fit both Browns
            NameMatcher m = NameMatcher.of(people("x", "Samuel Brown", "y", "Samantha Brown", "z", "Sam Jones"));
            assertThat(outcome(m, "Sam Brown")).isEqualTo("AMBIGUOUS:x|y");
            assertThat(outcome(m, "Sam B")).isEqualTo("AMBIGUOUS:x|y");
            // "Sam" alone: Sam Jones by first name (0.6), the Browns by nickname (0.5): still ambiguous
            assertThat(outcome(m, "Sam")).isEqualTo("AMBIGUOUS:x|y|z");
        }

        @Test
        void aNicknameSharedByTwoFormalNamesDoesNotMakeThemEquivalent() {
            NameMatcher m = NameMatcher.of(people("x", "Christopher Lee", "y", "Christine Lee"));
            assertThat(outcome(m, "Chris Lee")).isEqualTo("AMBIGUOUS:x|y");
            assertThat(outcome(m, "Christopher Lee")).isEqualTo("x");
            assertThat(outcome(m, "Christine Lee")).isEqualTo("y");
        }

        @Test
        void theWholeNameIsDecisiveOverPartialFits() {
            // Tom Brown is named in full; Thomas Brown only through the nickname table
            NameMatcher m = NameMatcher.of(people("t", "Tom Brown", "th", "Thomas Brown"));
            assertThat(rule(m, "Tom Brown")).isEqualTo(MatchRule.EXACT);
            assertThat(outcome(m, "Tom Brown")).isEqualTo("t");
            assertThat(outcome(m, "Thomas Brown")).isEqualTo("th");
            // "Tommy" is a short form of both
            assertThat(outcome(m, "Tommy Brown")).isEqualTo("AMBIGUOUS:t|th");
        }

        @Test
        void aNameInBothOrdersOnTheRosterIsAmbiguous() {
            NameMatcher m = NameMatcher.of(people("a", "Li Wei", "b", "Wei Li"));
            assertThat(outcome(m, "Wei Li")).isEqualTo("AMBIGUOUS:a|b");
            assertThat(outcome(m, "Li")).isEqualTo("AMBIGUOUS:a|b");
        }

        @Test
        void twoPeopleWithTheSameNameAreAmbiguous() {
            NameMatcher m = NameMatcher.of(people("a", "Jane Smith", "b", "Jane Smith"));
            assertThat(outcome(m, "jane smith")).isEqualTo("AMBIGUOUS:a|b");
        }

        @Test
        void idsDifferingOnlyInCaseAreAmbiguousUnlessTypedExactly() {
            NameMatcher m = NameMatcher.of(people("A1", "Jane Smith", "a1", "Tom Brown"));
            assertThat(outcome(m, "a1")).isEqualTo("a1");
            assertThat(outcome(m, "A1")).isEqualTo("A1");
        }
    }

    @Nested
    class Nicknames {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "Bill Turner    | w",
            "Will Turner    | w",
            "Billy Turner   | w",
            "Bob Hale       | r",
            "Rob Hale       | r",
            "Kate Moss      | k",
            "Katie Moss     | k",
            "Katherine Moss | k",
            "Liz Bennet     | e",
            "Beth Bennet    | e",
            "Jim Hacker     | j",
            "Mike Ross      | m",
            "Jo March       | jo",
            "Annie Hall     | an",
            "Steve Rogers   | st",
            "Steven Rogers  | st",
            "Sue Storm      | su",
            "Maggie Smith   | mg",
        })
        void shortFormsFitTheFormalName(String typed, String id) {
            NameMatcher m = NameMatcher.of(people("w", "William Turner", "r", "Robert Hale", "k", "Catherine Moss",
                    "e", "Elizabeth Bennet", "j", "James Hacker", "m", "Michael Ross", "jo", "Joanna March",
                    "an", "Anne Hall", "st", "Stephen Rogers", "su", "Susan Storm", "mg", "Margaret Smith"));
            assertThat(m.match(typed)).isEqualTo(new NameMatch.Matched(typed, id, MatchRule.NICKNAME));
        }

        @Test
        void aFormalNameTypedForARosterNicknameMatches() {
            NameMatcher m = NameMatcher.of(people("a", "Andy Murray"));
            assertThat(rule(m, "Andrew Murray")).isEqualTo(MatchRule.NICKNAME);
        }

        @Test
        void unrelatedNamesAreNotNicknames() {
            NameMatcher m = NameMatcher.of(people("a", "Mark Evans"));
            assertThat(outcome(m, "Mike Evans")).isEqualTo("UNMATCHED");
        }
    }

    @Nested
    class Names {

        @Test
        void middleNamesMayBeLeftOutOrAdded() {
            NameMatcher m = NameMatcher.of(people("a", "Mary Ann Smith", "b", "Tom Jones"));
            assertThat(rule(m, "Mary Ann Smith")).isEqualTo(MatchRule.EXACT);
            assertThat(rule(m, "Mary Smith")).isEqualTo(MatchRule.GIVEN_NAME_PART);
            assertThat(rule(m, "Smith, Mary Ann")).isEqualTo(MatchRule.REVERSED_ORDER);
            assertThat(rule(m, "M. A. Smith")).isEqualTo(MatchRule.INITIAL_AND_SURNAME);
            assertThat(rule(m, "Tom Henry Jones")).isEqualTo(MatchRule.GIVEN_NAME_PART);
        }

        @Test
        void surnamesOfSeveralWords() {
            NameMatcher m = NameMatcher.of(people("a", "Juan de la Cruz", "b", "Ana Smith-Jones"));
            assertThat(rule(m, "de la Cruz")).isEqualTo(MatchRule.SURNAME_ONLY);
            assertThat(rule(m, "J. de la Cruz")).isEqualTo(MatchRule.INITIAL_AND_SURNAME);
            assertThat(rule(m, "Ana Smith Jones")).isEqualTo(MatchRule.EXACT);
            assertThat(rule(m, "Smith-Jones")).isEqualTo(MatchRule.SURNAME_ONLY);
            assertThat(rule(m, "Smith-Jones, Ana")).isEqualTo(MatchRule.REVERSED_ORDER);
        }

        @Test
        void aBareInitialMatchesNoOne() {
            assertThat(outcome(SAMPLE, "J")).isEqualTo("UNMATCHED");
            assertThat(outcome(SAMPLE, "J. S.")).isEqualTo("UNMATCHED");
        }

        @Test
        void textWithoutLettersMatchesNoOne() {
            assertThat(SAMPLE.match(" ?? ")).isEqualTo(new NameMatch.Unmatched("??", List.of()));
        }

        @Test
        void blankTextIsRefused() {
            assertThatThrownBy(() -> SAMPLE.match("  ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Unmatched {

        @Test
        void suggestsTheMostSimilarNamesFirst() {
            NameMatch m = SAMPLE.match("Jane Smyth");
            assertThat(m).isInstanceOf(NameMatch.Unmatched.class);
            List<Suggestion> s = ((NameMatch.Unmatched) m).suggestions();
            assertThat(s).isNotEmpty().hasSizeLessThanOrEqualTo(NameMatcher.SUGGESTIONS);
            assertThat(s.get(0).id()).isEqualTo("p01");
            assertThat(s.get(0).name()).isEqualTo("Jane Smith");
            assertThat(s).isSortedAccordingTo((x, y) -> Double.compare(y.similarity(), x.similarity()));
            assertThat(s).allSatisfy(x -> assertThat(x.similarity()).isBetween(NameMatcher.MIN_SIMILARITY, 1.0));
        }

        @Test
        void suggestionsAlsoCompareTheReversedName() {
            // "Wei Lee" is closer to "wei li" (Li Wei reversed) than to any name in roster order
            NameMatch m = SAMPLE.match("Wei Lee");
            assertThat(((NameMatch.Unmatched) m).suggestions().get(0).id()).isEqualTo("p09");
        }

        @Test
        void nothingSimilarMeansNoSuggestion() {
            assertThat(SAMPLE.match("Mr Nobody")).isEqualTo(new NameMatch.Unmatched("Mr Nobody", List.of()));
        }
    }

    @Nested
    class Aliases {

        @Test
        void anAliasSettlesAnUnmatchedOrAmbiguousName() {
            NameMatcher m = new NameMatcher(Samples.roster(), Map.of("Mrs Smith", "p07", "Mr Nobody", "p12"));
            assertThat(m.match("Mrs Smith")).isEqualTo(new NameMatch.Matched("Mrs Smith", "p07", MatchRule.ALIAS));
            assertThat(m.match(" Mr Nobody ")).isEqualTo(new NameMatch.Matched("Mr Nobody", "p12", MatchRule.ALIAS));
        }

        @Test
        void anAliasIgnoresCaseAccentsAndPunctuationButKeepsTitles() {
            NameMatcher m = new NameMatcher(Samples.roster(), Map.of("Mrs Smith", "p07"));
            assertThat(outcome(m, "mrs. smith")).isEqualTo("p07");
            assertThat(outcome(m, "MRS SMITH")).isEqualTo("p07");
            // another title is other text: still ambiguous
            assertThat(outcome(m, "Ms Smith")).isEqualTo("AMBIGUOUS:p01|p07");
        }

        @Test
        void anAliasOverridesAnAutomaticMatch() {
            NameMatcher m = new NameMatcher(Samples.roster(), Map.of("Mark", "p11"));
            assertThat(outcome(m, "Mark")).isEqualTo("p11");
        }

        @Test
        void anAliasToSomeoneNotOnTheRosterIsRefused() {
            assertThatThrownBy(() -> new NameMatcher(Samples.roster(), Map.of("Mr Nobody", "p99")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("p99");
        }

        @Test
        void aliasesWhoseTextsNormalizeAlikeButDisagreeCountOnlyExactly() {
            NameMatcher m = new NameMatcher(Samples.roster(), Map.of("J Smith", "p01", "J. Smith", "p07"));
            assertThat(outcome(m, "J Smith")).isEqualTo("p01");
            assertThat(outcome(m, "J. Smith")).isEqualTo("p07");
            // "j smith" is neither exactly; the table disagrees, so the ordinary rules decide
            assertThat(outcome(m, "j smith")).isEqualTo("p01");
            assertThat(rule(m, "j smith")).isEqualTo(MatchRule.INITIAL_AND_SURNAME);
        }
    }

    @Test
    void aRosterWithADuplicateIdIsRefused() {
        assertThatThrownBy(() -> NameMatcher.of(people("a", "Jane Smith", "a", "Tom Brown")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
    }

    @Test
    void theConfidenceIsTheRulesConfidence() {
        NameMatch.Matched m = (NameMatch.Matched) SAMPLE.match("Grace O");
        assertThat(m.confidence()).isEqualTo(0.8);
        assertThat(((NameMatch.Matched) SAMPLE.match("Grace Okafor")).confidence()).isEqualTo(1.0);
    }
}
