package org.plnet.reports.exports;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.NetworkFigures;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.links.NetworkLinks;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * A small study with hostile text for the export tests. Four people:
 * <pre>
 *   0 p1  "Ann &lt;script&gt;alert(1)&lt;/script&gt;"  school "Ashurst &amp; Co"  teacher  member   phase primary
 *   1 p2  Bob "Bobby" O'Neil                school "Ashurst &amp; Co"  -        -        phase =1+2
 *   2 p3  Zoë Ångström                      school Brockenhurst     head     member   phase secondary
 *   3 p4  =HYPERLINK("http://x.test","click")  school @Home        -ta      -        (no phase)
 * </pre>
 * Relations: advice (seek, K = 5, tieMin 2) and collab (mutual, K = 3, any positive weight).
 * Kept ties: advice wave 1: 0->1 (3), 1->0 (1, below tieMin: kept, not in D), 1->2 (4), 2->0 (2);
 * collab wave 1: 2->3 (1); advice wave 2: 0->2 (5).
 */
public final class HandStudy {

    public static final String SCRIPT_NAME = "Ann <script>alert(1)</script>";
    public static final String QUOTES_NAME = "Bob \"Bobby\" O'Neil";
    public static final String ACCENT_NAME = "Zoë Ångström";
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://x.test\",\"click\")";

    private HandStudy() {
    }

    public static Study study() {
        Study.Builder b = Study.builder("Hand & <study>");
        b.addPerson(new Person("p1", SCRIPT_NAME, "Ashurst & Co", "teacher", true, Map.of("phase", "primary")));
        b.addPerson(new Person("p2", QUOTES_NAME, "Ashurst & Co", null, false, Map.of("phase", "=1+2")));
        b.addPerson(new Person("p3", ACCENT_NAME, "Brockenhurst", "head", true, Map.of("phase", "secondary")));
        b.addPerson(new Person("p4", FORMULA_NAME, "@Home", "-ta", false, Map.of()));
        b.relation(new Relation("advice", "Who do you go to for advice?", Flow.SEEK, 5, 2, 4));
        b.relation(new Relation("collab", null, Flow.MUTUAL, 3, Relation.ANY_POSITIVE, 2));
        b.layer(new KeptTies("advice", "1", new int[] {0, 1, 1, 2}, new int[] {1, 0, 2, 0},
                new double[] {3, 1, 4, 2}));
        b.layer(new KeptTies("collab", "1", new int[] {2}, new int[] {3}, new double[] {1}));
        b.layer(new KeptTies("advice", "2", new int[] {0}, new int[] {2}, new double[] {5}));
        BitSet wave1 = new BitSet();
        wave1.set(0, 3);
        b.respondents("1", wave1);
        BitSet wave2 = new BitSet();
        wave2.set(0);
        b.respondents("2", wave2);
        return b.build();
    }

    /**
     * The figures of advice, wave 1. D is the 3-cycle 0 -> 1 -> 2 -> 0 (weights 3, 4, 2) and the isolate 3;
     * U is a triangle and an isolate.
     * <ul>
     *   <li>betweenness: each of 0, 1, 2 is the middle of one shortest path (2->0->1, 0->1->2, 1->2->0): 1;
     *       normalised 1 / ((n-1)(n-2)) = 1/6;
     *   <li>closeness: r = 2, S = 2: (2/2)(2/3) = 2/3; harmonic (1 + 1) / 3 = 2/3; isolate 0;
     *   <li>eigenvector: the triangle's (1,1,1)/sqrt 3 = 0.5773502691896258, isolate 0;
     *   <li>PageRank: the isolate b = 0.15/4 + 0.85 b/4 gives b = 1/21, the others (1 - b)/3 = 20/63;
     *   <li>constraint: p = 1/2, (1/2 + 1/4)^2 twice = 9/8; effective size 2 - 2(1)/2 = 1; isolate null;
     *   <li>brokerage: 0 gatekeeper (2 -> 0 -> 1), 1 representative (0 -> 1 -> 2), 2 itinerant (1 -> 2 -> 0).
     * </ul>
     */
    public static GraphAnalysis adviceWave1(Study study) {
        List<Person> p = study.people();
        double third = 2.0 / 3;
        double eigen = 1 / Math.sqrt(3);
        List<PersonFigures> people = List.of(
                new PersonFigures(p.get(0), 1, 1, 2, 3, 1, 1.0 / 6, third, third, eigen, 20.0 / 63, 1.125, 1.0,
                        new BrokerageCounts(0, 0, 0, 1, 0), null, null),
                new PersonFigures(p.get(1), 1, 1, 3, 4, 1, 1.0 / 6, third, third, eigen, 20.0 / 63, 1.125, 1.0,
                        new BrokerageCounts(0, 0, 1, 0, 0), null, null),
                new PersonFigures(p.get(2), 1, 1, 4, 2, 1, 1.0 / 6, third, third, eigen, 20.0 / 63, 1.125, 1.0,
                        new BrokerageCounts(0, 1, 0, 0, 0), null, null),
                new PersonFigures(p.get(3), 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 1.0 / 21, null, null,
                        BrokerageCounts.NONE, null, null));
        return new GraphAnalysis(graph(study, "advice"), network(3), people, schools());
    }

    /** collab, wave 1: the single arc 2 -> 3. Figures only as far as the exports need them. */
    public static GraphAnalysis collabWave1(Study study) {
        List<Person> p = study.people();
        List<PersonFigures> people = List.of(
                new PersonFigures(p.get(0), 0, 0, 0, 0, 0, 0, 0, 0, null, 0.25, null, null, BrokerageCounts.NONE, null, null),
                new PersonFigures(p.get(1), 0, 0, 0, 0, 0, 0, 0, 0, null, 0.25, null, null, BrokerageCounts.NONE, null, null),
                new PersonFigures(p.get(2), 0, 1, 0, 1, 0, 0, 1.0 / 3, 1.0 / 3, null, 0.25, 1.0, 1.0,
                        BrokerageCounts.NONE, null, null),
                new PersonFigures(p.get(3), 1, 0, 1, 0, 0, 0, 1.0 / 3, 1.0 / 3, null, 0.25, 1.0, 1.0,
                        BrokerageCounts.NONE, null, null));
        return new GraphAnalysis(graph(study, "collab"), network(1), people, schools());
    }

    private static StudyGraph graph(Study study, String relation) {
        return StudyGraph.of(study, study.layer(relation, "1").orElseThrow());
    }

    public static StudyAnalysis analysis(Study study) {
        return new StudyAnalysis(study.name(), List.of(adviceWave1(study), collabWave1(study)));
    }

    private static NetworkFigures network(long ties) {
        return new NetworkFigures(4, ties, ties / 12.0, null, null, 2, 0.75, null, null,
                new NetworkLinks(3, 0, 0.5, 0.4), null);
    }

    /** Schools with distinct placeholder link values: the table tests check that they pass through as they are. */
    private static List<SchoolFigures> schools() {
        return List.of(
                new SchoolFigures("Ashurst & Co", 2, 1, 2, 1, 2, 1.0 / 3, 0.5, links(1, 1), null),
                new SchoolFigures("Brockenhurst", 1, 1, 1, 0, 2, 1.0, null, links(1, 0), null),
                new SchoolFigures("@Home", 1, 0, 0, 0, 0, null, null, links(0, 1), null));
    }

    private static SchoolLinks links(int members, int colleagues) {
        Double share = colleagues == 0 ? null : 0.5;
        return new SchoolLinks(members, colleagues, 0.75, share, share, share, share, share, share, share,
                1, 2, 0, 1, share, share, 3, 1, false, 1, 0);
    }
}
