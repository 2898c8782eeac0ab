package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/** The events sections of the overview and of the school pages (affiliations.md, section 4). */
class EventsSectionsTest {

    @TempDir
    Path temp;

    /** Ann and Al of "A & Co", Bo of B, Cy of C; a workshop {Ann, Al, Bo} then a conference {Ann, Bo, Cy}. */
    private static Study study() {
        Study.Builder b = Study.builder("events");
        b.addPerson(new Person("a1", "Ann", "A & Co", null, true, Map.of()));
        b.addPerson(new Person("a2", "Al", "A & Co", null, false, Map.of()));
        b.addPerson(new Person("b1", "Bo", "B", null, true, Map.of()));
        b.addPerson(new Person("c1", "Cy", "C", null, false, Map.of()));
        List<Event> events = List.of(new Event("conf", "<Spring> conference", LocalDate.of(2019, 3, 1), null, Map.of()),
                new Event("ws", "Workshop", LocalDate.of(2019, 1, 10), null, Map.of()));
        List<Attendance> rows = List.of(new Attendance(0, 1, "1"), new Attendance(1, 1, "1"),
                new Attendance(2, 1, "1"), new Attendance(0, 0, "1"), new Attendance(2, 0, "1"),
                new Attendance(3, 0, "1"));
        return b.affiliations(new Affiliations("co-attendance", 1, null, events, rows)).build();
    }

    private Path write(NameMode mode) throws IOException {
        Study study = study();
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        Path out = temp.resolve(mode.label());
        try (OutputFolder folder = OutputFolder.open(out)) {
            HtmlReports.write(folder, study, analysis, ComparedWaves.choose(analysis, null, null), mode);
            folder.commit();
        }
        return out;
    }

    @Test
    void theOverviewListsTheEventsInTheOrderHeldWithTwoKindsOfMarks() throws IOException {
        Document index = Jsoup.parse(write(NameMode.SCHOOL).resolve("index.html").toFile(), "UTF-8");
        Element table = index.getElementById("events-table");
        // workshop: pairs Ann-Bo, Al-Bo cross (2, both new); conference: Ann-Bo (met), Ann-Cy, Bo-Cy: 3 cross, 2 new
        assertThat(table.select("tbody tr").eachText()).containsExactly(
                "Workshop 2019-01-10 3 2 2 2", "<Spring> conference 2019-03-01 3 3 3 2");
        Element picture = index.selectFirst("#events-h ~ figure svg");
        assertThat(picture.select("g.people circle")).hasSize(4);
        assertThat(picture.select("g.events rect")).hasSize(2);
        assertThat(picture.select("g.attendance line")).hasSize(6);
        // the overview names nobody in school mode
        assertThat(picture.select("title").eachText()).noneMatch(t -> t.contains("Ann") || t.contains("Bo"));
    }

    @Test
    void theCoAttendanceViewSpeaksOfTheRegisterNotOfSurveyAnswers() throws IOException {
        Path out = write(NameMode.SCHOOL);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Document page = Jsoup.parse(out.resolve(HtmlReports.schoolFiles(study()).get("A & Co")).toFile(), "UTF-8");
        for (Document d : List.of(index, page)) {
            // Ann and Bo met at both events: the largest weight is 2, and K - 1 = 1 < 2 = K is not used below 3
            assertThat(d.selectFirst("p.context").text()).isEqualTo("From the attendance register: who went to the"
                    + " same events (co-attendance) Survey period 1. A tie counts the events two people both went to,"
                    + " up to 2; 2 or more shared events count as a frequent link, and tie strength runs from 0"
                    + " (never met at an event) to 1 (the most shared events).");
            // nobody "answered" a register: no count of answers, no response-rate figure, no "who did not answer"
            assertThat(d.text()).doesNotContain("staff answered the survey", "Answered the survey", "did not answer",
                    "Survey question", "Who answered", "A named B", "Staff who answered");
            assertThat(d.text()).contains("A line joins two people who went to at least one event together");
        }
        // workshop {Ann, Al, Bo} and conference {Ann, Bo, Cy} meet 5 pairs (Ann-Bo twice): 10 ties, both ways
        assertThat(index.text()).contains("Ties10pairs of people who went to the same event, each pair counted once"
                + " from each side").doesNotContain("Ties returned", "named a colleague");
        assertThat(page.text()).contains("These figures come from the attendance register, not from survey"
                + " answers: all 2 staff count, whether or not they went to an event.");
    }

    @Test
    void aSchoolPageNamesItsStaffAndOnlyTheOtherSchools() throws IOException {
        Path out = write(NameMode.SCHOOL);
        Document page = Jsoup.parse(out.resolve(HtmlReports.schoolFiles(study()).get("A & Co")).toFile(), "UTF-8");
        Element table = page.getElementById("events-table");
        assertThat(table.select("tbody tr").eachText()).containsExactly(
                "Workshop 2019-01-10 2 Ann, Al 1 B", "<Spring> conference 2019-03-01 1 Ann 2 B, C");
        assertThat(page.text()).doesNotContain("Bo").doesNotContain("Cy");
        assertThat(page.getElementById("events-h").parent().selectFirst("p").text())
                .isEqualTo("2 members of staff attended 2 events in the survey period 1, where they met staff of 2 other schools.");
    }

    @Test
    void aStudyWithoutAttendanceHasNoEventsSection() throws IOException {
        Study.Builder b = Study.builder("plain");
        b.addPerson(new Person("p", "A", false));
        Study study = b.build();
        StudyAnalysis analysis = StudyAnalyzer.analyze(study);
        assertThat(AttendanceSections.overview(study, analysis, "1", NameMode.FULL).eventsOverview()).isNull();
        assertThat(AttendanceSections.school(study, analysis, "1", NameMode.FULL, "A").schoolEvents()).isNull();
    }
}
