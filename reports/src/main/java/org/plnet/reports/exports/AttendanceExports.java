package org.plnet.reports.exports;

import java.io.IOException;
import java.util.List;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.WaveAffiliations;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;

/**
 * The two-mode files of a report for other tools (affiliations.md, section 4), written only when the study has
 * attendance:
 * <ul>
 *   <li>{@value #GRAPHML} ({@link TwoModeGraphMlWriter}) and {@value #GEXF} ({@link TwoModeGexfWriter}): the
 *       bipartite graph of the report's wave, or of the last wave with attendance when the report's wave has
 *       none, with the node attribute {@code kind};
 *   <li>{@value #UCINET}: every wave's people x events matrix ({@link TwoModeDlWriter}).
 * </ul>
 */
public final class AttendanceExports {

    public static final String GRAPHML = "attendance.graphml";
    public static final String GEXF = "attendance.gexf";
    public static final String UCINET = "attendance.dl";

    /** Every file {@link #writeAll} writes for a study with attendance, in the order it writes them. */
    public static final List<String> FILES = List.of(GRAPHML, GEXF, UCINET);

    private AttendanceExports() {
    }

    /**
     * @param wave the wave of the report, or null
     */
    public static void writeAll(OutputFolder folder, Study study, StudyAnalysis analysis, String wave)
            throws IOException {
        List<WaveAffiliations> waves = analysis.affiliations();
        if (study.affiliations().isEmpty() || waves.isEmpty()) {
            return;
        }
        WaveAffiliations shown = waves.stream().filter(w -> w.wave().equals(wave)).findFirst()
                .orElse(waves.get(waves.size() - 1));
        TwoModeNodes b = TwoModeNodes.of(study, shown);
        folder.write(GRAPHML, out -> TwoModeGraphMlWriter.write(study, b, out));
        folder.write(GEXF, out -> TwoModeGexfWriter.write(study, b, out));
        folder.write(UCINET, out -> TwoModeDlWriter.write(study, out));
    }
}
