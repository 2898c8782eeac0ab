package org.plnet.surveys.imports.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.imports.TinyXlsx;
import org.plnet.surveys.imports.write.ClashPolicy;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/** plnet import of attendance registers (affiliations.md, section 5). */
class RegisterImportTest {

    /** Two Alices (so "Alice" alone is ambiguous), a Bob Baker to misspell. */
    private static final String ROSTER = """
            id,name,school
            a1,Alice Archer,A
            a2,Bob Baker,A
            b1,Alice Brown,B
            b2,Carl Carter,B
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Study study(Path out) {
        return StudyFolderReader.read(out, ReadMode.STRICT).studyOrThrow();
    }

    @Test
    void aLongRegisterKeepsMatchedNamesAndReportsTheOthers() throws IOException {
        Path register = file("register.csv", """
                name,event
                Alice Archer,conf
                Bob Bakr,conf
                Alice,ws
                Carl Carter,ws
                b1,conf
                Carl Carter,ws
                """);
        Path out = dir.resolve("study");
        RegisterImport.Outcome done = RegisterImport.of(register, file("roster.csv", ROSTER), out)
                .layout(RegisterLayout.LONG).wave("2019").run();
        // kept: a1 conf, b2 ws, b1 (by id) conf; dropped: the misspelt Bob, the ambiguous Alice, the repeat
        assertThat(done.rowsRead()).isEqualTo(6);
        assertThat(done.attendances()).isEqualTo(3);
        assertThat(done.dropped()).isEqualTo(3);
        assertThat(done.unmatched()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("attendance.csv")))
                .isEqualTo("person,event,wave\na1,conf,2019\nb2,ws,2019\nb1,conf,2019\n");
        assertThat(done.report()).contains(
                "register.csv:3:1: warning: 'Bob Bakr' is not on the roster (closest: a2): row dropped",
                "register.csv:4:1: warning: 'Alice' fits several people of the roster (a1, b1): not guessed, row dropped",
                "register.csv:7:1: warning: repeated attendance of b2 at ws: counted once");
        Study study = study(out);
        assertThat(study.affiliations().orElseThrow().attendances("2019")).hasSize(3);
        assertThat(Files.exists(out.resolve("import-report.txt"))).isTrue();
    }

    @Test
    void aWideRegisterHasAColumnPerEvent() throws IOException {
        Path register = file("wide.csv", """
                person,conf,ws,enq
                Alice Archer,1,,no
                Carl Carter,x,0,yes
                Alice,1,1,1
                Alice Brown,0.0,n,2
                """);
        Path out = dir.resolve("study");
        RegisterImport.Outcome done = RegisterImport.of(register, file("roster.csv", ROSTER), out)
                .layout(RegisterLayout.WIDE).run();
        // a cell is attendance unless empty, numerically 0 or false: a1 conf; b2 conf, enq; b1 enq ("2");
        // the ambiguous Alice's three cells are dropped
        assertThat(Files.readString(out.resolve("attendance.csv")))
                .isEqualTo("person,event,wave\na1,conf,1\nb2,conf,1\nb2,enq,1\nb1,enq,1\n");
        assertThat(done.dropped()).isEqualTo(3);
        assertThat(done.unmatched()).isEqualTo(1);
        assertThat(done.events()).isEqualTo(2);
    }

    @Test
    void aWideRegisterInAWorkbookIsNamedBySheetRows() throws IOException {
        Path register = TinyXlsx.write(dir.resolve("register.xlsx"), List.of(List.of(
                List.of("name", "conf", "ws"),
                List.of("Alice Archer", "1", ""),
                List.of("Carl Cartr", "1", "1"))));
        RegisterImport.Outcome done = RegisterImport.of(register, file("roster.csv", ROSTER), dir.resolve("study"))
                .layout(RegisterLayout.WIDE).run();
        // "Carl Cartr" is misspelt: both its cells are dropped, reported at its cell A3
        assertThat(done.attendances()).isEqualTo(1);
        assertThat(done.dropped()).isEqualTo(2);
        assertThat(done.report()).contains("register.xlsx:3:1: warning: 'Carl Cartr' is not on the roster");
    }

    @Test
    void anUnknownEventIsAnErrorNamingTheCellOrASkippedRowInLenientMode() throws IOException {
        Path out = Files.createDirectories(dir.resolve("study"));
        Files.writeString(out.resolve("people.csv"), ROSTER);
        Files.writeString(out.resolve("events.csv"), "id,name\nconf,Conference\nws,Workshop\n");
        Path register = file("register.csv", "name,event\nAlice Archer,conf\nCarl Carter,gala\n");
        Path roster = file("roster.csv", ROSTER);
        assertThatThrownBy(() -> RegisterImport.of(register, roster, out).run())
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.location().toString()).endsWith("register.csv:3:2");
                    assertThat(ie.problem()).startsWith("event 'gala' is not in ");
                });
        assertThat(Files.exists(out.resolve("attendance.csv"))).isFalse(); // nothing half-written
        RegisterImport.Outcome lenient = RegisterImport.of(register, roster, out).mode(ReadMode.LENIENT).run();
        assertThat(lenient.attendances()).isEqualTo(1);
        assertThat(lenient.dropped()).isEqualTo(1);
        assertThat(lenient.report()).contains("register.csv:3:2: warning: event 'gala' is not in");
    }

    @Test
    void aSecondWaveIsAddedAndTheSameWaveNeedsReplace() throws IOException {
        Path roster = file("roster.csv", ROSTER);
        Path out = dir.resolve("study");
        RegisterImport.of(file("r1.csv", "name,event\nAlice Archer,conf\n"), roster, out).wave("1").run();
        RegisterImport.of(file("r2.csv", "name,event\nCarl Carter,conf\n"), roster, out).wave("2").run();
        assertThat(Files.readString(out.resolve("attendance.csv")))
                .isEqualTo("person,event,wave\na1,conf,1\nb2,conf,2\n");
        Path again = file("r3.csv", "name,event\nBob Baker,ws\n");
        assertThatThrownBy(() -> RegisterImport.of(again, roster, out).wave("2").run())
                .isInstanceOf(InputException.class).hasMessageContaining("already holds wave 2");
        RegisterImport.of(again, roster, out).wave("2").clash(ClashPolicy.REPLACE).run();
        assertThat(Files.readString(out.resolve("attendance.csv")))
                .isEqualTo("person,event,wave\na1,conf,1\na2,ws,2\n");
    }

    @Test
    void aUcinetDlTwoModeMatrix() throws IOException {
        Path register = file("register.dl", """
                dl nr=3 nc=2
                row labels:
                "Alice Archer"
                "Carl Carter"
                b1
                column labels:
                conf
                ws
                data:
                1 0
                0 1
                1 1
                """);
        Path out = dir.resolve("study");
        RegisterImport.Outcome done = RegisterImport.of(register, file("roster.csv", ROSTER), out)
                .layout(RegisterLayout.DL).run();
        assertThat(done.attendances()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("attendance.csv")))
                .isEqualTo("person,event,wave\na1,conf,1\nb2,ws,1\nb1,conf,1\nb1,ws,1\n");
    }

    @Test
    void aOneModeDlFileIsRefused() throws IOException {
        Path register = file("one.dl", "dl n=2\nlabels:\na1,b1\ndata:\n0 1\n1 0\n");
        assertThatThrownBy(() -> RegisterImport.of(register, file("roster.csv", ROSTER), dir.resolve("s"))
                .layout(RegisterLayout.DL).run())
                .isInstanceOf(InputException.class).hasMessageContaining("nr= (people) and nc= (events)");
    }

    @Test
    void aRegisterThatKeepsNothingIsAnError() throws IOException {
        Path register = file("register.csv", "name,event\nAlice,conf\nNobody Here,conf\n");
        assertThatThrownBy(() -> RegisterImport.of(register, file("roster.csv", ROSTER), dir.resolve("s")).run())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no attendance kept: 2 read, 2 dropped (2 names not matched to the roster)");
        assertThat(Files.exists(dir.resolve("s"))).isFalse();
    }

    @Test
    void aLongRegisterWithoutAnEventColumnIsNamed() throws IOException {
        Path register = file("register.csv", "name,when\nAlice Archer,today\n");
        assertThatThrownBy(() -> RegisterImport.of(register, file("roster.csv", ROSTER), dir.resolve("s")).run())
                .isInstanceOf(InputException.class).hasMessageContaining("needs a person column");
    }
}
