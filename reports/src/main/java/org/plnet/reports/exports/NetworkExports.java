package org.plnet.reports.exports;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.tables.NetworkWorkbook;
import org.plnet.reports.tables.TieTable;

/**
 * The files of a report for further analysis in other tools, written into the report's output folder:
 * <ul>
 *   <li>{@value #TIES_CSV}: every kept tie of every relation and wave ({@link TieTable});
 *   <li>{@value #WORKBOOK}: people.csv, schools.csv and ties.csv as the sheets of one workbook
 *       ({@link NetworkWorkbook});
 *   <li>{@value #GRAPHML} ({@link GraphMlWriter}) and {@value #GEXF} ({@link GexfWriter}, with the report's
 *       layout): every tie of every relation and wave (edge attributes {@code relation}, {@code wave},
 *       {@code weight}), with the people's attributes and the figures of the relation and wave the report
 *       shows;
 *   <li>{@value #UCINET}: every relation of the wave the report shows, one matrix each
 *       ({@link UcinetDlWriter});
 *   <li>{@value #PAJEK_FOLDER}{@code /<relation>.net}: one Pajek network per relation of that wave
 *       ({@link PajekWriter}; Pajek, igraph and NetworkX read one network per file), named by
 *       {@link SafeFileName} after the relation.
 *   <li>with attendance, the two-mode files of {@link AttendanceExports}.
 * </ul>
 * The files name people as the roster does: they are for the researcher, whatever the reports' privacy
 * setting.
 */
public final class NetworkExports {

    public static final String TIES_CSV = "ties.csv";
    public static final String WORKBOOK = "network.xlsx";
    public static final String GRAPHML = "network.graphml";
    public static final String GEXF = "network.gexf";
    public static final String UCINET = "network.dl";
    /** The folder of the Pajek files, one per relation. */
    public static final String PAJEK_FOLDER = "pajek";

    /** The files {@link #writeAll} always writes, in the order it writes them; then {@link #pajekFiles}. */
    public static final List<String> FILES = List.of(TIES_CSV, WORKBOOK, GRAPHML, GEXF, UCINET);

    private NetworkExports() {
    }

    /**
     * Writes the {@link #FILES} into {@code folder}.
     *
     * @param folder   the report's output folder (committed by the caller)
     * @param study    the study
     * @param analysis its analysis
     * @param chosen   the relation and wave the report shows, one of {@code analysis.analyses()};
     *                 {@code null} when the study has no tie (the graph files then hold the people alone)
     * @param layout   where the report's picture puts each person, or {@code null} for people on a circle
     * @throws IllegalArgumentException when the analysis or the positions do not fit the study
     */
    public static void writeAll(OutputFolder folder, Study study, StudyAnalysis analysis, GraphAnalysis chosen,
                                Positions layout) throws IOException {
        // refuse bad input before the first file is written
        graphOf(study, chosen);
        if (layout != null) {
            layout.checkSize(study.size());
        }
        writeWithoutLayout(folder, study, analysis, chosen);
        writeLayout(folder, study, chosen, layout);
    }

    /**
     * Writes the {@link #FILES} that do not carry the picture's positions (all but GEXF), so that a report can
     * write them while its pictures are still being laid out; see {@link #writeAll}.
     */
    public static void writeWithoutLayout(OutputFolder folder, Study study, StudyAnalysis analysis,
                                          GraphAnalysis chosen) throws IOException {
        graphOf(study, chosen);
        folder.write(TIES_CSV, out -> TieTable.of(study).write(out));
        folder.write(WORKBOOK, out -> NetworkWorkbook.write(study, analysis, out));
        folder.write(GRAPHML, out -> GraphMlWriter.write(study, chosen, out));
        String wave = chosen == null ? null : chosen.wave();
        folder.write(UCINET, out -> UcinetDlWriter.write(study, analysis, wave, out));
        for (Map.Entry<String, GraphAnalysis> pajek : pajekFiles(analysis, wave).entrySet()) {
            folder.write(pajek.getKey(), out -> PajekWriter.write(study, pajek.getValue(), out));
        }
        AttendanceExports.writeAll(folder, study, analysis, wave);
    }

    /**
     * The Pajek files of a wave: {@value #PAJEK_FOLDER}{@code /<relation slug>.net} to the relation's
     * analysis, in the analyses' order (none when {@code wave} is {@code null}).
     */
    public static Map<String, GraphAnalysis> pajekFiles(StudyAnalysis analysis, String wave) {
        Map<String, GraphAnalysis> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (GraphAnalysis layer : analysis.analyses()) {
            if (layer.wave().equals(wave)) {
                files.put(PAJEK_FOLDER + "/" + SafeFileName.slug(layer.relation(), taken) + ".net", layer);
            }
        }
        return files;
    }

    /** Writes the one export that carries the picture's positions (GEXF); see {@link #writeAll}. */
    public static void writeLayout(OutputFolder folder, Study study, GraphAnalysis chosen, Positions layout)
            throws IOException {
        graphOf(study, chosen);
        if (layout != null) {
            layout.checkSize(study.size());
        }
        folder.write(GEXF, out -> GexfWriter.write(study, chosen, layout, out));
    }

    /**
     * The graph an export shows: D as analysed, or the people and no arcs without an analysis (a study
     * with no tie).
     *
     * @throws IllegalArgumentException when the analysis is not of this study's roster
     */
    static CompactGraph graphOf(Study study, GraphAnalysis layer) {
        if (layer == null) {
            return CompactGraph.empty(study.size());
        }
        layer.checkRosterOf(study);
        return layer.graph().compact();
    }
}
