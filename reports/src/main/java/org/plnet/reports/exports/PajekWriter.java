package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Study;

/**
 * Writes one relation in one wave as a Pajek network ({@code .net}), read by Pajek, igraph, NetworkX and
 * statnet:
 * <pre>
 * *Vertices 3
 * 1 "Ann Smith"
 * 2 "Bob Jones"
 * 3 "Cara Lee"
 * *Arcs
 * 1 2 3
 * 3 1 1
 * </pre>
 * Vertex i + 1 is person i of the roster (isolates included), labelled with the person's name as
 * {@link QuotedLabel} writes it; an arc per tie of the graph D, {@code source target weight}, ordered by
 * source, then target. UTF-8, CRLF line ends (Pajek is a Windows program).
 */
public final class PajekWriter {

    static final String LINE_END = "\r\n";

    private PajekWriter() {
    }

    /**
     * @param study the study
     * @param layer the relation and wave to export; {@code null} for the people alone
     * @param out   receives the file; flushed, not closed
     */
    public static void write(Study study, GraphAnalysis layer, OutputStream out) throws IOException {
        CompactGraph graph = NetworkExports.graphOf(study, layer);
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        text.write("*Vertices " + study.size() + LINE_END);
        for (int i = 0; i < study.size(); i++) {
            text.write((i + 1) + " " + QuotedLabel.of(study.people().get(i).name()) + LINE_END);
        }
        text.write("*Arcs" + LINE_END);
        writeArcs(graph, text);
        text.flush();
    }

    /**
     * One line {@code source target weight} per arc, vertices numbered from 1, ordered by source then
     * target: Pajek's arcs and UCINET's edge lists alike.
     */
    static void writeArcs(CompactGraph graph, Writer text) throws IOException {
        int[] offsets = graph.outOffsets();
        int[] targets = graph.outTargets();
        double[] weights = graph.outWeights();
        for (int v = 0; v < graph.vertexCount(); v++) {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                text.write((v + 1) + " " + (targets[k] + 1) + " " + NumberText.of(weights[k]) + LINE_END);
            }
        }
    }
}
