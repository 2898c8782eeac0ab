package org.plnet.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.csv.AffiliationTables;
import org.plnet.reports.csv.AnalysisTables;
import org.plnet.reports.csv.ProgrammeTables;
import org.plnet.reports.json.MetricsJsonWriter;
import org.plnet.surveys.report.ImportReport;

/**
 * The files every analysis writes: metrics.json, people.csv, schools.csv and import-report.txt, and with
 * attendance events.csv and attendance-figures.csv.
 */
public final class AnalysisFiles {

    private AnalysisFiles() {
    }

    public static void write(OutputFolder folder, StudyAnalysis analysis, ImportReport report) throws IOException {
        folder.write("metrics.json", o -> MetricsJsonWriter.write(analysis, o));
        folder.write("people.csv", o -> AnalysisTables.people(analysis).write(o));
        folder.write("schools.csv", o -> AnalysisTables.schools(analysis).write(o));
        if (!analysis.affiliations().isEmpty()) {
            folder.write("events.csv", o -> AffiliationTables.events(analysis).write(o));
            folder.write("attendance-figures.csv", o -> AffiliationTables.people(analysis).write(o));
        }
        if (ProgrammeTables.reported(analysis)) { // programmes.md; a study without them writes what it wrote before
            folder.write("networks.csv", o -> ProgrammeTables.networks(analysis).write(o));
            folder.write("breakdowns.csv", o -> ProgrammeTables.breakdowns(analysis).write(o));
        }
        folder.write("import-report.txt", o -> o.write(report.toText().getBytes(StandardCharsets.UTF_8)));
    }
}
