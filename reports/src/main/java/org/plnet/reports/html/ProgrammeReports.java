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

    /**
     * Writes the programme overview and the networks' pages, each with every view of {@code all}, and adds
     * their files to {@code written}; returns the positions of everyone for the exports (those of
     * {@code now}).
     */
    static Layout write(OutputFolder folder, ReportTemplates templates, Study study, List<ComparedWaves> all,
                        GraphAnalysis now, Disclosure disclosure, String about, Map<String, String> schoolFiles,
                        Map<String, String> networkFiles, List<String> written) throws IOException {
        List<View<ProgrammeOverviewPage>> overviews = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ComparedWaves view = all.get(i);
            boolean selected = view.current() == now;
            overviews.add(new View<>(HtmlReports.key(i), HtmlReports.label(view), selected,
                    selected ? "" : HtmlReports.key(i) + "-",
                    ProgrammeOverview.build(study, view, networkFiles, schoolFiles),
                    overviewExtras(study, view.current(), disclosure)));
        }
        ViewedPage<ProgrammeOverviewPage> overview = new ViewedPage<>(HtmlReports.shown(overviews), overviews, about);
        folder.write(HtmlReports.INDEX, out -> templates.render(ReportTemplates.PROGRAMME, overview, out));
        written.add(HtmlReports.INDEX);
        Map<String, String> fromNetworks = new LinkedHashMap<>();
        schoolFiles.forEach((school, file) -> fromNetworks.put(school, "../" + file));
        List<String> networks = study.programme().networks();
        List<List<Integer>> staff = new ArrayList<>();
        for (String network : networks) {
            staff.add(NetworkReport.staff(now, network));
        }
        // the network pages are independent files: built, rendered and written in parallel, listed in order
        List<Integer> indices = java.util.stream.IntStream.range(0, networks.size()).boxed().toList();
        List<Layout> layouts = new ArrayList<>(ParallelPages.write(indices, k -> {
            BuiltPage page = networkPage(study, all, now, disclosure, about, k, fromNetworks, staff.get(k));
            folder.write(networkFiles.get(networks.get(k)), out -> templates.render(ReportTemplates.NETWORK,
                    page.page(), out));
            return page.shownLayout();
        }));
        networks.forEach(network -> written.add(networkFiles.get(network)));
        List<Integer> without = NetworkReport.staff(now, null);
        staff.add(without);
        layouts.add(without.isEmpty() ? null : NetworkReport.layout(study, now.graph().compact(), without));
        return programmeLayout(study.size(), staff, layouts);
    }

    /** A network's page and the layout of its shown view, for the exports. */
    private record BuiltPage(ViewedPage<NetworkPage> page, Layout shownLayout) {
    }

    private static BuiltPage networkPage(Study study, List<ComparedWaves> all, GraphAnalysis now,
                                         Disclosure disclosure, String about, int k,
                                         Map<String, String> fromNetworks, List<Integer> staff) {
        List<View<NetworkPage>> views = new ArrayList<>();
        Layout shownLayout = null;
        for (int i = 0; i < all.size(); i++) {
            ComparedWaves view = all.get(i);
            boolean selected = view.current() == now;
            // each view that draws people draws the ties of its own relation and survey; the aggregate mode and a
            // picture of schools draw nobody, but the exports still take the shown view's positions
            Layout layout = selected || disclosure.showsPeople() && !NetworkPictures.drawsSchools(staff.size())
                    ? NetworkReport.layout(study, view.current().graph().compact(), staff) : null;
            if (selected) {
                shownLayout = layout;
            }
            String prefix = selected ? "" : HtmlReports.key(i) + "-";
            views.add(new View<>(HtmlReports.key(i), HtmlReports.label(view), selected, prefix,
                    NetworkReport.build(study, view, disclosure, k, fromNetworks, staff, layout, prefix),
                    ReportExtras.NONE));
        }
        return new BuiltPage(new ViewedPage<>(HtmlReports.shown(views), views, about), shownLayout);
    }

    /** The link from a school's page to its learning network's page, or {@link ReportExtras#NONE}. */
    static ReportExtras networkLink(Study study, String school, Map<String, String> networkFiles) {
        String network = study.programme().networkOf(school);
        return network == null || !networkFiles.containsKey(network) ? ReportExtras.NONE
                : new ReportExtras(null, new ReportExtras.NetworkLink(network, "../" + networkFiles.get(network)));
    }

    /** The overview's breakdown tables, when the study has networks or study.yaml asks for breakdowns. */
    static ReportExtras overviewExtras(Study study, GraphAnalysis now, Disclosure disclosure) {
        ProgrammeFigures p = now.programme();
        if (!p.reported()) {
            return ReportExtras.NONE;
        }
        return new ReportExtras(BreakdownTables.of(p.breakdowns(), study.programme(), disclosure, "whole study",
                disclosure.names() == NameMode.FULL), null);
    }

    /** A school page's breakdown tables, when the study has networks or study.yaml asks for breakdowns. */
    static ReportExtras schoolExtras(Study study, GraphAnalysis now, Disclosure disclosure, String school) {
        ProgrammeFigures p = now.programme();
        if (!p.reported()) {
            return ReportExtras.NONE;
        }
        int g = study.schools().indexOf(school);
        // names: school names a school's own staff on its page
        BreakdownTables tables = BreakdownTables.of(p.schools().get(g).breakdowns(), study.programme(), disclosure,
                school, disclosure.names() == NameMode.FULL || disclosure.names() == NameMode.SCHOOL);
        return new ReportExtras(tables, null);
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
