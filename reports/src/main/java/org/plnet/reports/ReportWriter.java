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
        // the analysis files and the exports without positions need nothing of the pages: they are written
        // beside them
        java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Void> files = side.submit(() -> {
                AnalysisFiles.write(folder, analysis, report);
                NetworkExports.writeWithoutLayout(folder, study, analysis, options.waves().current());
                return null;
            });
            WrittenReports pages = HtmlReports.write(folder, study, analysis, options.waves(), options.disclosure(),
                    report.description().orElse(null));
            NetworkExports.writeLayout(folder, study, options.waves().current(),
                    Positions.ofPicture(pages.networkLayout()));
            files.get();
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the report");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            side.shutdownNow();
        }
    }
}
