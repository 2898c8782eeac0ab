package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import org.plnet.surveys.ReadMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.respondents;
import static org.plnet.surveys.studyfolder.Fixtures.strict;
import static org.plnet.surveys.studyfolder.Fixtures.ties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.surveys.report.RespondentBasis;

/** CSV that study-format.md accepts: BOM, RFC 4180 quoting, CRLF, non-ASCII, extra and upper-case columns. */
class CsvFormatTest {

    @Test
    void byteOrderMarkIsIgnored() {
        StudyInput result = strict("format-bom");
        // with the BOM kept, the first column would be "\uFEFFid" and people.csv would have no id column
        assertThat(issues(result)).isEmpty();
        assertThat(result.study().people()).extracting(Person::id).containsExactly("a1", "a2");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        StudyInput result = strict("format-quoted");
        assertThat(issues(result)).isEmpty();
        Study study = result.study();
        assertThat(study.people()).extracting(Person::name).containsExactly("Smith, Ann", "Line one\nline two", "Cy");
        assertThat(study.people().get(0).attributes()).containsExactly(Map.entry("note", "said \"hello\""));
        assertThat(study.people().get(2).school()).isEqualTo("B");
        assertThat(ties(study, "default", "1")).containsExactly("a1->a2:2", "a2->a3:1");
    }

    @Test
    void crlfLineEndsAndLinesCountedOnce() {
        StudyInput result = strict("format-crlf");
        assertThat(result.study().people()).extracting(Person::school).containsExactly("A", "B");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:3");
        // the self-tie is on line 3: each CRLF ends one line
        assertThat(issues(result)).containsExactly("ties.csv:3:1: warning: self-tie a2 -> a2: row dropped");
    }

    @Test
    void nonAsciiIdsNamesAndSchools() {
        StudyInput result = strict("format-non-ascii");
        assertThat(issues(result)).isEmpty();
        Study study = result.study();
        assertThat(study.people()).extracting(Person::id).containsExactly("zoë", "李", "😀");
        assertThat(study.people()).extracting(Person::name).containsExactly("Zoë Ødegård", "李小龍", "Emoji");
        assertThat(study.schools()).containsExactly("École Sainte-Anne", "北京");
        assertThat(ties(study, "default", "1")).containsExactly("zoë->李:1", "李->😀:1");
        assertThat(result.report().toText()).contains("  École Sainte-Anne      2            1          50.0%");
    }

    @Test
    void extraColumnsAreAttributesInPeopleAndUnusedInTies() {
        StudyInput result = strict("format-extra-columns");
        assertThat(issues(result)).isEmpty();
        Person ann = result.study().people().get(0);
        assertThat(ann.attributes()).containsExactly(Map.entry("phase", "primary"), Map.entry("years_experience", "12"));
        assertThat(result.study().people().get(1).attributes())
                .containsExactly(Map.entry("phase", "secondary"), Map.entry("years_experience", ""));
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:2");
        assertThat(result.report().sections()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Columns not used");
            assertThat(s.lines()).containsExactly("ties.csv: note (column 3)");
        });
    }

    @Test
    void upperCaseColumnNamesAreMatched() {
        StudyInput result = strict("format-upper-case-columns");
        assertThat(issues(result)).isEmpty();
        Study study = result.study();
        assertThat(study.people()).extracting(Person::member).containsExactly(true, false);
        assertThat(study.people()).extracting(Person::name).containsExactly("Ann", "Bob");
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.PEOPLE_COLUMN);
        assertThat(respondents(study, "1")).containsExactly("a1");
        // column names ignore case, values do not: the relation keeps its spelling
        assertThat(ties(study, "Advice", "1")).containsExactly("a1->a2:2");
    }

    @Test
    void blankTrailingLinesAreNotRows() {
        StudyInput result = strict("format-blank-trailing-lines");
        assertThat(issues(result)).isEmpty();
        assertThat(result.study().people()).extracting(Person::id).containsExactly("a1", "a2");
        assertThat(result.report().layers()).singleElement().satisfies(c -> assertThat(c.rowsRead()).isEqualTo(1));
    }

    @Test
    void linesStayRightAcrossParserBufferRefills(@TempDir Path dir) throws IOException {
        // 3000 rows, every third with a quoted relation spanning two lines (LF or CRLF): far beyond
        // Jackson's input buffer, so line counting must survive refills mid-cell
        StringBuilder people = new StringBuilder("id\n");
        StringBuilder ties = new StringBuilder("source,target,relation\r\n");
        int line = 2;
        for (int i = 0; i < 3000; i++) {
            people.append('p').append(i).append('\n');
            if (i % 3 == 0) {
                ties.append("p").append(i).append(",p").append(i + 1).append(",\"a\r\nb\"\r\n");
                line += 2;
            } else {
                ties.append("p").append(i).append(",p").append(i + 1).append(",x\n");
                line += 1;
            }
        }
        ties.append("p1,nobody,x\n");
        Files.writeString(dir.resolve("people.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        StudyInput result = StudyFolderReader.read(dir, ReadMode.STRICT);
        // p2999 -> p3000 is the first unknown target: on the last row of the loop, i = 2999 (not a multiple of 3)
        assertThat(issues(result)).containsExactly(
                "ties.csv:" + (line - 1) + ":2: error: target 'p3000' is not in people.csv",
                "ties.csv:" + line + ":2: error: target 'nobody' is not in people.csv");
    }
}
