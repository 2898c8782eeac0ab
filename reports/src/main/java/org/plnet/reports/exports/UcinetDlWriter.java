package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;

/**
 * Writes every relation of one wave as a UCINET DL file in the {@code edgelist1} format, one matrix per
 * relation (UCINET's multirelational data; Gephi and Tulip read it too). {@code nm=} and the matrix labels
 * are written only when there are several matrices, so that a single relation is a file igraph's DL reader
 * (which knows no {@code nm=}) reads too:
 * <pre>
 * dl n=3 nm=2
 * format = edgelist1
 * labels:
 * "Ann Smith"
 * "Bob Jones"
 * "Cara Lee"
 * matrix labels:
 * "advice", "collaboration"
 * data:
 * 1 2 3
 * !
 * 2 1 1
 * </pre>
 * Row i + 1 is person i of the roster; each data line is {@code source target weight}, a tie of that
 * relation's graph D, ordered by source, then target; a line {@code !} ends each matrix but the last.
 * Labels are quoted by {@link QuotedLabel} and referred to by number, so that people with equal names stay
 * apart (UCINET compares embedded labels ignoring case). The relations are those with kept ties in the wave,
 * in code point order; a wave without any gives the people and no matrix. Edge lists keep the file linear
 * in people + ties, whatever n. UTF-8, CRLF line ends (UCINET is a Windows program).
 */
public final class UcinetDlWriter {

    private static final String LINE_END = PajekWriter.LINE_END;

    private UcinetDlWriter() {
    }

    /**
     * @param study    the study
     * @param analysis its analysis, whose graphs are written
     * @param wave     the wave to export, or {@code null} for the people alone
     * @param out      receives the file; flushed, not closed
     */
    public static void write(Study study, StudyAnalysis analysis, String wave, OutputStream out) throws IOException {
        List<GraphAnalysis> layers = analysis.analyses().stream().filter(l -> l.wave().equals(wave)).toList();
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // nm= only for several matrices: igraph's DL reader knows no nm= and reads a file with one matrix
        text.write("dl n=" + study.size() + (layers.size() > 1 ? " nm=" + layers.size() : "") + LINE_END);
        text.write("format = edgelist1" + LINE_END);
        text.write("labels:" + LINE_END);
        for (int i = 0; i < study.size(); i++) {
            text.write(QuotedLabel.of(study.people().get(i).name()) + LINE_END);
        }
        if (layers.size() > 1) {
            text.write("matrix labels:" + LINE_END);
            text.write(layers.stream().map(l -> QuotedLabel.of(l.relation())).collect(Collectors.joining(", "))
                    + LINE_END);
        }
        text.write("data:" + LINE_END);
        for (int m = 0; m < layers.size(); m++) {
            if (m > 0) {
                text.write("!" + LINE_END);
            }
            PajekWriter.writeArcs(layers.get(m).graph().compact(), text);
        }
        text.flush();
    }
}
