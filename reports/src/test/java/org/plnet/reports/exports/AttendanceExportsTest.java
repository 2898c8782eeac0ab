package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;

class AttendanceExportsTest {

    @TempDir
    Path temp;

    /** Ann (A) and Bo (B) at "Spring" (2019-03-01) in 2019; Bo at "Autumn" in 2020; Cy at nothing. */
    private static Study study() {
        Study.Builder b = Study.builder("ex");
        b.addPerson(new Person("a", "Ann", "A", null, true, Map.of()));
        b.addPerson(new Person("b", "Bo \"B\"", "B", null, false, Map.of()));
        b.addPerson(new Person("c", "Cy", "B", null, false, Map.of()));
        List<Event> events = List.of(new Event("s", "Spring", LocalDate.of(2019, 3, 1), "conference", Map.of()),
                Event.named("autumn"));
        return b.affiliations(new Affiliations("co-attendance", 1, null, events, List.of(new Attendance(0, 0, "2019"),
                new Attendance(1, 0, "2019"), new Attendance(1, 1, "2020")))).build();
    }

    private Path write(String wave) throws IOException {
        Study study = study();
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        Path out = temp.resolve("out" + wave);
        try (OutputFolder folder = OutputFolder.open(out)) {
            AttendanceExports.writeAll(folder, study, analysis, wave);
            folder.commit();
        }
        return out;
    }

    @Test
    void graphMlAndGexfHoldTheBipartiteGraphOfTheWaveWithKinds() throws IOException {
        Path out = write("2019");
        Document graphml = Jsoup.parse(Files.readString(out.resolve(AttendanceExports.GRAPHML)), "", Parser.xmlParser());
        // B of 2019: Ann, Bo and Spring; Cy attended nothing and autumn was in 2020
        assertThat(graphml.select("node").eachAttr("id")).containsExactly("p0", "p1", "e0");
        assertThat(graphml.select("node > data[key=kind]").eachText()).containsExactly("person", "person", "event");
        assertThat(graphml.select("edge").eachAttr("source")).containsExactly("p0", "p1");
        assertThat(graphml.select("graph").attr("edgedefault")).isEqualTo("undirected");
        // a star of 2 people at one event: each person has degree 1/1, the event 2/2
        assertThat(graphml.select("node[id=e0] > data[key=degreeCentrality]").text()).isEqualTo("1");
        Document gexf = Jsoup.parse(Files.readString(out.resolve(AttendanceExports.GEXF)), "", Parser.xmlParser());
        assertThat(gexf.select("node").eachAttr("label")).containsExactly("Ann", "Bo \"B\"", "Spring");
        assertThat(gexf.select("attribute[id=0]").attr("title")).isEqualTo("kind");
        assertThat(gexf.select("node attvalue[for=0]").eachAttr("value")).containsExactly("person", "person", "event");
    }

    @Test
    void theDlFileHasOneTwoModeMatrixPerWave() throws IOException {
        String dl = Files.readString(write("2019").resolve(AttendanceExports.UCINET));
        assertThat(dl).isEqualTo("dl nr=3 nc=2 nm=2\r\nformat = fullmatrix\r\nrow labels:\r\n\"Ann\"\r\n\"Bo 'B'\"\r\n"
                + "\"Cy\"\r\ncolumn labels:\r\n\"Spring\"\r\n\"autumn\"\r\nmatrix labels:\r\n\"2019\", \"2020\"\r\n"
                + "data:\r\n1 0\r\n1 0\r\n0 0\r\n0 0\r\n0 1\r\n0 0\r\n");
    }

    @Test
    void aReportWaveWithoutAttendanceShowsTheLastWaveWithIt() throws IOException {
        Document graphml = Jsoup.parse(Files.readString(write("1").resolve(AttendanceExports.GRAPHML)), "",
                Parser.xmlParser());
        assertThat(graphml.select("graph > data[key=wave]").text()).isEqualTo("2020");
        assertThat(graphml.select("node").eachAttr("id")).containsExactly("p1", "e0");
    }
}
