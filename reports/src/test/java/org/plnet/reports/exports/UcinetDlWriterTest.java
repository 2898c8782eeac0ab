package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Study;

class UcinetDlWriterTest {

    private final Study study = HandStudy.study();

    private String write(String wave) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UcinetDlWriter.write(study, StudyAnalyzer.analyze(study), wave, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyRelationOfTheWaveIsOneMatrix() throws Exception {
        assertThat(write("1").split("\r\n", -1)).containsExactly(
                "dl n=4 nm=2",
                "format = edgelist1",
                "labels:",
                "\"Ann <script>alert(1)</script>\"",
                "\"Bob 'Bobby' O'Neil\"",
                "\"Zoë Ångström\"",
                "\"=HYPERLINK('http://x.test','click')\"",
                "matrix labels:",
                "\"advice\", \"collab\"",
                "data:",
                "1 2 3",
                "2 3 4",
                "3 1 2",
                "!",
                "3 4 1",
                "");
    }

    @Test
    void aWaveWithOneRelationHasOneMatrix() throws Exception {
        String dl = write("2");
        // no nm= and no matrix labels for one matrix: igraph's DL reader knows neither
        assertThat(dl).startsWith("dl n=4\r\nformat = edgelist1\r\n").doesNotContain("matrix labels")
                .doesNotContain("nm=").endsWith("data:\r\n1 3 5\r\n");
    }

    @Test
    void withoutAWaveThePeopleStandAlone() throws Exception {
        String dl = write(null);
        assertThat(dl).startsWith("dl n=4\r\n").doesNotContain("matrix labels").endsWith("data:\r\n");
    }
}
