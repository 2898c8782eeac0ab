package org.plnet.reports;

import java.io.IOException;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.exports.NetworkExports;
import org.plnet.reports.exports.Positions;
import org.plnet.reports.html.HtmlReports;
import org.plnet.reports.html.WrittenReports;
import org.plnet.surveys.report.ImportReport;

/**
 * The one entry point of a report: the {@link AnalysisFiles}, the HTML pages and the exports for other
 * tools, all from one analysis, so that every file reads the same graphs and the exports carry the
 * overview's layout.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes every file of a report into the folder (committed by the caller).
     *
     * @return the HTML pages written and the overview's layout
     */
    public static WrittenReports write(OutputFolder folder, Study study, StudyAnalysis analysis, ImportReport report,
                                       ReportOptions options) throws IOException {
        AnalysisFiles.write(folder, analysis, report);
        WrittenReports pages = HtmlReports.write(folder, study, analysis, options.waves(), options.disclosure(),
                report.description().orElse(null));
        NetworkExports.writeAll(folder, study, analysis, options.waves().current(),
                Positions.ofPicture(pages.networkLayout()));
        return pages;
    }
}
