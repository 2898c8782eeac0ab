package org.plnet.reports.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.ProgrammeFigures;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.exports.SafeFileName;
import org.plnet.reports.layout.Layout;

/**
 * The HTML reports of a study with learning networks (programmes.md, section 5): the programme overview as
 * {@code index.html}, one page per network ({@code networks/<slug>.html}) and one page per school as without
 * networks, which links to its network's page. The breakdown tables go on the overview and every school's
 * page. No page draws the whole roster: the overview draws networks, a network page its own staff.
 */
public final class ProgrammeReports {

    /** The folder of the networks' pages. */
    public static final String NETWORKS_FOLDER = "networks";

    private ProgrammeReports() {
    }

    /** The file of each network's page, relative to the output folder, in network order. */
    public static Map<String, String> networkFiles(Study study) {
        Map<String, String> files = new LinkedHashMap<>();
        SafeFileName.slugs(study.programme().networks(), Set.of())
                .forEach((network, slug) -> files.put(network, NETWORKS_FOLDER + "/" + slug + ".html"));
        return files;
    }

    static WrittenReports write(OutputFolder folder, Study study, ComparedWaves waves, NameMode mode,
                                Map<String, String> schoolFiles) throws IOException {
        GraphAnalysis now = waves.current();
        ReportTemplates templates = new ReportTemplates();
        Map<String, String> networkFiles = networkFiles(study);
        List<String> written = new ArrayList<>();
        ProgrammeOverviewPage overview = ProgrammeOverview.build(study, waves, networkFiles, schoolFiles);
        folder.write(HtmlReports.INDEX, out -> templates.render(ReportTemplates.PROGRAMME, overview,
                overviewExtras(study, now, mode), out));
        written.add(HtmlReports.INDEX);
        Map<String, String> fromNetworks = new LinkedHashMap<>();
        schoolFiles.forEach((school, file) -> fromNetworks.put(school, "../" + file));
        List<String> networks = study.programme().networks();
        List<List<Integer>> staff = new ArrayList<>();
        List<Layout> layouts = new ArrayList<>();
        for (String network : networks) {
            staff.add(NetworkReport.staff(now, network));
            layouts.add(NetworkReport.layout(study, now.graph().compact(), staff.get(staff.size() - 1)));
        }
        for (int k = 0; k < networks.size(); k++) {
            NetworkPage page = NetworkReport.build(study, waves, mode, k, fromNetworks, staff.get(k), layouts.get(k));
            String file = networkFiles.get(networks.get(k));
            folder.write(file, out -> templates.render(ReportTemplates.NETWORK, page, ReportExtras.NONE, out));
            written.add(file);
        }
        for (Map.Entry<String, String> school : schoolFiles.entrySet()) {
            SchoolPage page = SchoolLinkReport.build(study, waves, mode, school.getKey());
            String network = study.programme().networkOf(school.getKey());
            folder.write(school.getValue(), out -> templates.render(ReportTemplates.SCHOOL, page,
                    schoolExtras(study, now, mode, school.getKey(),
                            network == null ? null : "../" + networkFiles.get(network)), out));
            written.add(school.getValue());
        }
        List<Integer> without = NetworkReport.staff(now, null);
        staff.add(without);
        layouts.add(without.isEmpty() ? null : NetworkReport.layout(study, now.graph().compact(), without));
        return new WrittenReports(written, programmeLayout(study.size(), staff, layouts));
    }

    /** The overview's breakdown tables, when the study has networks or study.yaml asks for breakdowns. */
    static ReportExtras overviewExtras(Study study, GraphAnalysis now, NameMode mode) {
        ProgrammeFigures p = now.programme();
        if (!p.reported()) {
            return ReportExtras.NONE;
        }
        return new ReportExtras(BreakdownTables.of(p.breakdowns(), study.programme(), mode, "whole study",
                mode == NameMode.FULL), null);
    }

    /**
     * A school page's breakdown tables and link to its network, when the study has networks or study.yaml
     * asks for breakdowns.
     *
     * @param networkHref the network's page relative to the school's, or {@code null} when it has none
     */
    static ReportExtras schoolExtras(Study study, GraphAnalysis now, NameMode mode, String school,
                                     String networkHref) {
        ProgrammeFigures p = now.programme();
        if (!p.reported()) {
            return ReportExtras.NONE;
        }
        int g = study.schools().indexOf(school);
        BreakdownTables tables = BreakdownTables.of(p.schools().get(g).breakdowns(), study.programme(), mode,
                school, mode != NameMode.NONE); // names: school names a school's own staff on its page
        String network = p.schools().get(g).network();
        return new ReportExtras(tables, network == null || networkHref == null ? null
                : new ReportExtras.NetworkLink(network, networkHref));
    }

    /**
     * Positions of everyone for the exports: each network's staff at the positions of its page's sociogram,
     * placed in a cell of a grid of networks; the people in no network in one more cell.
     *
     * @param staff   each cell's people
     * @param layouts each cell's layout, null for an empty cell
     */
    private static Layout programmeLayout(int people, List<List<Integer>> staff, List<Layout> layouts) {
        int cells = staff.size();
        int columns = (int) Math.ceil(Math.sqrt(cells));
        int rows = (cells + columns - 1) / columns;
        double[] x = new double[people];
        double[] y = new double[people];
        for (int k = 0; k < cells; k++) {
            double cellX = (double) (k % columns) / columns;
            double cellY = (double) (k / columns) / rows;
            List<Integer> who = staff.get(k);
            for (int i = 0; i < who.size(); i++) {
                x[who.get(i)] = cellX + 0.9 * layouts.get(k).x(i) / columns;
                y[who.get(i)] = cellY + 0.9 * layouts.get(k).y(i) / rows;
            }
        }
        return Layout.of(x, y);
    }
}
