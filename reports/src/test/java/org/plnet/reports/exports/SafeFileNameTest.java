package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Ashurst Primary School|ashurst-primary-school",
            "École Sainte-Thérèse|ecole-sainte-therese",
            "Straße & Søn Æblegård|strasse-son-aeblegard",
            "Łódź No. 5|lodz-no-5",
            "../../etc/passwd|etc-passwd",
            "a/b\\c|a-b-c",
            ".hidden|hidden",
            "...|school",
            "CON|con-school",
            "con.txt|con-txt",
            "Nul|nul-school",
            "COM1|com1-school",
            "lpt9|lpt9-school",
            "COM10|com10",
            "Console|console",
            "ＳＣＨＯＯＬ １|school-1",
            "St Mary's C of E (VA)|st-mary-s-c-of-e-va",
    })
    void slugsAreLowerCaseAsciiWithoutPathTricks(String name, String slug) {
        assertThat(SafeFileName.slug(name, new HashSet<>())).isEqualTo(slug);
    }

    @Test
    void blankEmojiAndNullFallBackToSchool() {
        assertThat(SafeFileName.slug("   ", new HashSet<>())).isEqualTo("school");
        assertThat(SafeFileName.slug("", new HashSet<>())).isEqualTo("school");
        assertThat(SafeFileName.slug(null, new HashSet<>())).isEqualTo("school");
        assertThat(SafeFileName.slug("\uD83C\uDFEB\uD83D\uDE80", new HashSet<>())).isEqualTo("school");
        assertThat(SafeFileName.slug("\uD83C\uDFEB Oak Academy \uD83C\uDF33", new HashSet<>()))
                .isEqualTo("oak-academy");
        assertThat(SafeFileName.slug("\u0000\t\r\n", new HashSet<>())).isEqualTo("school");
    }

    @Test
    void longNamesAreCutAtAHyphen() {
        String name = "The Very Long Name Of A Federation Of Church Schools In The New Forest And Beyond";
        String slug = SafeFileName.slug(name, new HashSet<>());
        // the first 60 characters end inside "forest"; the cut falls back to the hyphen before it
        assertThat(slug).isEqualTo("the-very-long-name-of-a-federation-of-church-schools-in-the");
        assertThat(slug.length()).isLessThanOrEqualTo(SafeFileName.MAX_LENGTH);
        String noHyphen = "x".repeat(500);
        assertThat(SafeFileName.slug(noHyphen, new HashSet<>())).isEqualTo("x".repeat(60));
    }

    @Test
    void takenSlugsGetTheFirstFreeNumber() {
        assertThat(SafeFileName.slug("Oak", new HashSet<>(Set.of("oak")))).isEqualTo("oak-2");
        assertThat(SafeFileName.slug("Oak", new HashSet<>(Set.of("oak", "oak-2", "oak-4")))).isEqualTo("oak-3");
        // compared ignoring case: Windows and macOS file systems do
        assertThat(SafeFileName.slug("Oak", new HashSet<>(Set.of("OAK")))).isEqualTo("oak-2");
        assertThat(SafeFileName.slug("Index", new HashSet<>(Set.of("index")))).isEqualTo("index-2");
    }

    @Test
    void aNumberedLongSlugStaysWithinTheLimit() {
        String slug = SafeFileName.slug("y".repeat(80), new HashSet<>(Set.of("y".repeat(60))));
        assertThat(slug).isEqualTo("y".repeat(58) + "-2");
    }

    @Test
    void schoolsThatSlugAlikeGetDistinctFileNamesInOrder() {
        List<String> schools = List.of("St. Mary's", "St Mary’s", "ST-MARYS", "St Marys", "CON", "con",
                "index");
        Map<String, String> slugs = SafeFileName.slugs(schools, Set.of("index"));
        assertThat(new ArrayList<>(slugs.values())).containsExactly(
                "st-mary-s", "st-mary-s-2", "st-marys", "st-marys-2", "con-school", "con-school-2", "index-2");
        assertThat(SafeFileName.slugs(schools, Set.of("index"))).isEqualTo(slugs);
    }

    @Test
    void eachSlugGivenOutIsTaken() {
        Set<String> taken = new HashSet<>();
        assertThat(SafeFileName.slug("Oak Primary", taken)).isEqualTo("oak-primary");
        assertThat(SafeFileName.slug("OAK  primary!", taken)).isEqualTo("oak-primary-2");
        assertThat(SafeFileName.slug("Oak-Primary", taken)).isEqualTo("oak-primary-3");
        assertThat(taken).containsExactlyInAnyOrder("oak-primary", "oak-primary-2", "oak-primary-3");
    }

    @Test
    void aRepeatedNameKeepsItsSlug() {
        Map<String, String> slugs = SafeFileName.slugs(List.of("Oak", "Ash", "Oak"), new HashSet<>());
        assertThat(slugs).containsExactly(Map.entry("Oak", "oak"), Map.entry("Ash", "ash"));
    }

    @Test
    void slugsNeverHoldUnsafeCharacters() {
        List<String> nasty = List.of("../../etc/passwd", "..\\..\\windows\\system32", "a:b*c?d\"e<f>g|h",
                "\u202Eexe.txt", "C:\\", "/", ".", "..", "~root", "name\u0000.html", "  spaces  ");
        for (String name : nasty) {
            String slug = SafeFileName.slug(name, new HashSet<>());
            assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
    }
}
