package org.plnet.reports.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.exports.SafeFileName;
import org.plnet.reports.layout.Layout;

/**
 * Writes the HTML reports of one relation and wave: {@code index.html}, the network overview, and
 * {@code schools/<slug>.html}, one link report per school. Each page is self-contained (inline CSS and
 * SVG, a small inline script that only sorts tables, no external resource), prints on A4 and names people
 * only as its {@link NameMode} allows. The same study gives the same bytes.
 */
public final class HtmlReports {

    /** The overview's file name. */
    public static final String INDEX = "index.html";
    /** The folder of the schools' reports. */
    public static final String SCHOOLS_FOLDER = "schools";

    private HtmlReports() {
    }

    /**
     * The file of each school's report, relative to the output folder, e.g. {@code schools/ashurst-primary.html}:
     * safe, unique file names made from the school names, in {@link Study#schools()} order.
     */
    public static Map<String, String> schoolFiles(Study study) {
        Map<String, String> files = new LinkedHashMap<>();
        SafeFileName.slugs(study.schools(), Set.of())
                .forEach((school, slug) -> files.put(school, SCHOOLS_FOLDER + "/" + slug + ".html"));
        return files;
    }

    /**
     * Writes the overview and every school's report into the folder.
     *
     * @param analysis the analysis of the whole study (for the names of its other relations)
     * @param waves    the relation and wave to describe, with the wave to compare with
     * @param mode     who may be named
     * @return the files written and the layout of the whole network
     */
    public static WrittenReports write(OutputFolder folder, Study study, StudyAnalysis analysis, ComparedWaves waves,
                                     NameMode mode) throws IOException {
        GraphAnalysis now = waves.current();
        now.checkRosterOf(study);
        Map<String, String> files = schoolFiles(study);
        List<String> otherRelations = new ArrayList<>(ComparedWaves.relations(analysis));
        otherRelations.remove(now.relation());
        ReportTemplates templates = new ReportTemplates();
        List<String> written = new ArrayList<>();
        // the pages are independent: the whole network's layout runs beside the school pages, which are built
        // in parallel and written in order
        java.util.concurrent.ForkJoinTask<Layout> whole = java.util.concurrent.ForkJoinPool.commonPool()
                .submit(() -> new NetworkPictures(study).wholeLayout(now.graph().compact()));
        List<SchoolPage> pages = new ArrayList<>(files.keySet()).parallelStream()
                .map(school -> SchoolLinkReport.build(study, waves, mode, school)).toList();
        Layout layout = whole.join();
        OverviewPage overview = NetworkOverview.build(study, waves, layout, mode, files, otherRelations);
        folder.write(INDEX, out -> templates.render(ReportTemplates.INDEX, overview, out));
        written.add(INDEX);
        int at = 0;
        for (Map.Entry<String, String> school : files.entrySet()) {
            SchoolPage page = pages.get(at++);
            folder.write(school.getValue(), out -> templates.render(ReportTemplates.SCHOOL, page, out));
            written.add(school.getValue());
        }
        return new WrittenReports(written, layout);
    }
}
