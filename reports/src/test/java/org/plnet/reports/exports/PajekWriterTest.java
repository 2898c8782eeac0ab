package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

class PajekWriterTest {

    private final Study study = HandStudy.study();

    private static String write(Study study, GraphAnalysis layer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PajekWriter.write(study, layer, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verticesWithQuotedLabelsThenTheArcsOfD() throws Exception {
        // double quotes inside a label become apostrophes: Pajek cannot escape them
        assertThat(write(study, HandStudy.adviceWave1(study)).split("\r\n", -1)).containsExactly(
                "*Vertices 4",
                "1 \"Ann <script>alert(1)</script>\"",
                "2 \"Bob 'Bobby' O'Neil\"",
                "3 \"Zoë Ångström\"",
                "4 \"=HYPERLINK('http://x.test','click')\"",
                "*Arcs",
                "1 2 3",
                "2 3 4",
                "3 1 2",
                "");
    }

    @Test
    void anotherRelationGivesItsOwnArcs() throws Exception {
        assertThat(write(study, HandStudy.collabWave1(study))).endsWith("*Arcs\r\n3 4 1\r\n");
    }

    @Test
    void withoutALayerThereAreNoArcs() throws Exception {
        assertThat(write(study, null)).endsWith("4 \"=HYPERLINK('http://x.test','click')\"\r\n*Arcs\r\n");
    }

    @Test
    void lineBreaksInLabelsCannotBreakTheFile() throws Exception {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "first\r\nsecond\tthird\u0007", null, null, false, Map.of()));
        assertThat(write(b.build(), null)).isEqualTo("*Vertices 1\r\n1 \"first  second third\"\r\n*Arcs\r\n");
    }

    @Test
    void fractionalWeightsKeepTheirDigits() throws Exception {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", null, false));
        b.addPerson(new Person("b", null, false));
        b.relation(new Relation("r", null, Flow.GIVE, 1,
                Relation.ANY_POSITIVE, 1));
        b.layer(new KeptTies("r", "1", new int[] {0, 1}, new int[] {1, 0},
                new double[] {0.25, 1e-7}));
        Study s = b.build();
        GraphAnalysis layer = StudyAnalyzer.analyze(s).analyses().get(0);
        assertThat(write(s, layer)).endsWith("*Arcs\r\n1 2 0.25\r\n2 1 1.0E-7\r\n");
    }
}
