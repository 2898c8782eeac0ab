package org.plnet.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.reports.csv.AffiliationTables;

class AffiliationsJsonTest {

    /**
     * p1 (A, member), p2 (B), p3 (A), q (B, at nothing); e1 on 2019-05-01 {p1, p2}, e2 on 2019-02-01 {p2, p3}: B is
     * the path p1 - e1 - p2 - e2 - p3 (n = 3 people, m = 2 events), and e2 was held first.
     */
    static StudyAnalysis pathStudy() {
        Study.Builder b = Study.builder("path");
        b.addPerson(new Person("p1", null, "A", null, true, Map.of()));
        b.addPerson(new Person("p2", "B", false));
        b.addPerson(new Person("p3", "A", false));
        b.addPerson(new Person("q", "B", false));
        List<Event> events = List.of(new Event("e1", "Summer \"conference\"", LocalDate.of(2019, 5, 1), null, Map.of()),
                new Event("e2", null, LocalDate.of(2019, 2, 1), "workshop", Map.of()));
        List<Attendance> rows = List.of(new Attendance(0, 0, "1"), new Attendance(1, 0, "1"),
                new Attendance(1, 1, "1"), new Attendance(2, 1, "1"));
        return StudyAnalyzer.analyze(b.affiliations(new Affiliations("co-attendance", 1, null, events, rows)).build());
    }

    /*
     * Degrees: a person deg/m, an event deg/n: p2 2/2 = 1, e1 2/3. Betweenness on a path of 5: position k has
     * k(4 - k): e1 3, p2 4, e2 3. Person g_max (n=3, m=2; s=1, t=0): (4*4 + 2*2*(-2))/2 = 4, so p2 = 1;
     * event g_max (n=2, m=3; s=0, t=1): (9 + 3*1*1 - 1*2)/2 = 5, so e1 = 0.6. Closeness: p1 reaches 4 nodes at
     * 1+2+3+4 = 10: (2 + 2*2)/10 = 0.6; p2 at 1+1+2+2 = 6: 1; e1 at 1+1+2+3 = 7: (3 + 2*1)/7 = 5/7. NetworkX 2.8.8
     * bipartite gives the same. Cross-school pairs: e2 {p2 B, p3 A} 1, new; e1 {p1 A, p2 B} 1, new.
     */
    private static final String EXPECTED = """
              "affiliations": [
                {
                  "wave": "1",
                  "events": 2,
                  "attendances": 4,
                  "eventFigures": [
                    {
                      "id": "e2",
                      "name": "e2",
                      "size": 2,
                      "schools": 2,
                      "members": 0,
                      "crossSchoolPairs": 1,
                      "newCrossSchoolPairs": 1,
                      "degreeCentrality": 0.6666666666666666,
                      "betweenness": 0.6,
                      "closeness": 0.7142857142857143
                    },
                    {
                      "id": "e1",
                      "name": "Summer \\"conference\\"",
                      "size": 2,
                      "schools": 2,
                      "members": 1,
                      "crossSchoolPairs": 1,
                      "newCrossSchoolPairs": 1,
                      "degreeCentrality": 0.6666666666666666,
                      "betweenness": 0.6,
                      "closeness": 0.7142857142857143
                    }
                  ],
                  "peopleFigures": [
                    {
                      "id": "p1",
                      "events": 1,
                      "degreeCentrality": 0.5,
                      "betweenness": 0.0,
                      "closeness": 0.6
                    },
                    {
                      "id": "p2",
                      "events": 2,
                      "degreeCentrality": 1.0,
                      "betweenness": 1.0,
                      "closeness": 1.0
                    },
                    {
                      "id": "p3",
                      "events": 1,
                      "degreeCentrality": 0.5,
                      "betweenness": 0.0,
                      "closeness": 0.6
                    },
                    {
                      "id": "q",
                      "events": 0,
                      "degreeCentrality": null,
                      "betweenness": null,
                      "closeness": null
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void affiliationsAreWrittenFieldByFieldAtTheTopLevel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.write(pathStudy(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).endsWith(EXPECTED);
        // the projected relation has its analysis among the others
        assertThat(json).contains("\"relation\": \"co-attendance\"");
    }

    @Test
    void aStudyWithoutAttendanceHasAnEmptyList() throws IOException {
        Study.Builder b = Study.builder("none");
        b.addPerson(new Person("p", "A", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.write(StudyAnalyzer.analyze(b.build()), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("  \"affiliations\": [ ]\n}\n");
    }

    @Test
    void theTablesHoldTheSameValues() throws IOException {
        ByteArrayOutputStream events = new ByteArrayOutputStream();
        AffiliationTables.events(pathStudy()).write(events);
        assertThat(events.toString(StandardCharsets.UTF_8)).isEqualTo("""
                wave,id,name,date,type,size,schools,members,crossSchoolPairs,newCrossSchoolPairs,degreeCentrality,\
                betweenness,closeness
                1,e2,e2,2019-02-01,workshop,2,2,0,1,1,0.6666666666666666,0.6,0.7142857142857143
                1,e1,"Summer \"\"conference\"\"",2019-05-01,,2,2,1,1,1,0.6666666666666666,0.6,0.7142857142857143
                """);
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        AffiliationTables.people(pathStudy()).write(people);
        assertThat(people.toString(StandardCharsets.UTF_8)).isEqualTo("""
                wave,id,name,school,member,events,degreeCentrality,betweenness,closeness
                1,p1,p1,A,true,1,0.5,0.0,0.6
                1,p2,p2,B,false,2,1.0,1.0,1.0
                1,p3,p3,A,false,1,0.5,0.0,0.6
                1,q,q,B,false,0,,,
                """);
    }
}
