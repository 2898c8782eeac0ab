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
 * Writes the HTML reports: {@code index.html}, the network overview, and {@code schools/<slug>.html}, one
 * link report per school. Each page holds every relation and wave of the study as a {@link View}, opens on
 * one of them and lets the reader switch; it is self-contained (inline CSS and SVG, two small inline scripts
 * that sort tables and switch views, no external resource), prints the view on screen on A4, and shows
 * people only as its {@link Disclosure} allows. The same study gives the same bytes.
 *
 * <p>A page is a list of section partials ({@code overview-*.mustache}, {@code school-*.mustache}), each
 * of which renders nothing when its data are absent: a new section is one partial, one line in the page's
 * template and one name in {@link ReportTemplates}.
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
        return write(folder, study, analysis, waves, Disclosure.of(mode));
    }

    /**
     * Writes the overview and every school's report into the folder, each page with every relation and
     * survey of the study, opening on {@code waves}.
     *
     * @param analysis   the analysis of the whole study: every relation and survey
     * @param waves      the relation and survey the pages open on, with the survey to compare with
     * @param disclosure who may be named, and the minimum group size of the aggregate mode
     * @return the files written and the layout of the whole network in {@code waves}
     */
    public static WrittenReports write(OutputFolder folder, Study study, StudyAnalysis analysis, ComparedWaves waves,
                                     Disclosure disclosure) throws IOException {
        return write(folder, study, analysis, waves, disclosure, null);
    }

    /**
     * As {@link #write(OutputFolder, Study, StudyAnalysis, ComparedWaves, Disclosure)}, with the study's
     * description (study.yaml) at the top of every page, so that a reader knows which network it is.
     */
    public static WrittenReports write(OutputFolder folder, Study study, StudyAnalysis analysis, ComparedWaves waves,
                                     Disclosure disclosure, String about) throws IOException {
        GraphAnalysis now = waves.current();
        now.checkRosterOf(study);
        Map<String, String> files = schoolFiles(study);
        List<ComparedWaves> all = views(analysis, waves);
        ReportTemplates templates = new ReportTemplates();
        List<String> written = new ArrayList<>();
        Map<String, String> networkFiles = ProgrammeReports.networkFiles(study);
        Layout layout;
        if (study.programme().hasNetworks()) { // programmes.md, section 5: a programme overview and network pages
            layout = ProgrammeReports.write(folder, templates, study, all, now, disclosure, about, files, networkFiles,
                    written);
        } else {
            layout = writeOverview(folder, templates, study, analysis, all, now, disclosure, about, files);
            written.add(INDEX);
        }
        // the school pages are independent files: each built (with its own small pictures), rendered and written
        // in parallel, listed in order; what they compare with across schools is computed once per view
        List<AcrossSchools> across = all.stream().map(view -> AcrossSchools.of(study, view, disclosure)).toList();
        ParallelPages.write(new ArrayList<>(files.entrySet()), school -> {
            ViewedPage<SchoolPage> page = schoolPage(study, all, across, now, disclosure, about, school.getKey());
            AttendanceScope staffAt = eventsScope(disclosure, () -> AttendanceSections.school(study, analysis,
                    now.wave(), disclosure.names(), school.getKey()));
            ReportExtras network = ProgrammeReports.networkLink(study, school.getKey(), networkFiles);
            folder.write(school.getValue(), out -> templates.render(ReportTemplates.SCHOOL, page, out, network,
                    staffAt));
            return null;
        });
        written.addAll(files.values());
        return new WrittenReports(written, layout);
    }

    private static ViewedPage<SchoolPage> schoolPage(Study study, List<ComparedWaves> all, List<AcrossSchools> across,
                                                     GraphAnalysis now, Disclosure disclosure, String about,
                                                     String school) {
        List<View<SchoolPage>> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ComparedWaves view = all.get(i);
            boolean selected = view.current() == now;
            String prefix = selected ? "" : key(i) + "-";
            views.add(new View<>(key(i), label(view), selected, prefix,
                    SchoolLinkReport.build(study, view, across.get(i), disclosure, school, prefix),
                    ProgrammeReports.schoolExtras(study, view.current(), disclosure, school)));
        }
        return new ViewedPage<>(shown(views), views, about);
    }

    /** Writes the network overview of a study without learning networks; returns the whole network's layout. */
    private static Layout writeOverview(OutputFolder folder, ReportTemplates templates, Study study,
                                        StudyAnalysis analysis, List<ComparedWaves> all, GraphAnalysis now,
                                        Disclosure disclosure, String about, Map<String, String> files)
            throws IOException {
        NetworkPictures pictures = new NetworkPictures(study);
        // one layout per view that draws people; independent, so computed in parallel
        List<Layout> layouts = java.util.stream.IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> all.get(i).current() == now || disclosure.showsPeople() && !pictures.drawsSchools()
                        ? pictures.wholeLayout(all.get(i).current().graph().compact()) : null)
                .toList();
        int chosen = 0;
        while (all.get(chosen).current() != now) {
            chosen++;
        }
        Layout layout = layouts.get(chosen);
        List<View<OverviewPage>> overviews = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ComparedWaves view = all.get(i);
            boolean selected = view.current() == now;
            String prefix = selected ? "" : key(i) + "-";
            Layout whole = layouts.get(i) != null ? layouts.get(i) : layout;
            List<String> otherRelations = new ArrayList<>(ComparedWaves.relations(analysis));
            otherRelations.remove(view.current().relation());
            overviews.add(new View<>(key(i), label(view), selected, prefix,
                    NetworkOverview.build(study, view, whole, disclosure, files, otherRelations, prefix),
                    ProgrammeReports.overviewExtras(study, view.current(), disclosure)));
        }
        ViewedPage<OverviewPage> overview = new ViewedPage<>(shown(overviews), overviews, about);
        AttendanceScope events = eventsScope(disclosure, () -> AttendanceSections.overview(study, analysis, now.wave(),
                disclosure.names()));
        folder.write(INDEX, out -> templates.render(ReportTemplates.INDEX, overview, out, events));
        return layout;
    }

    /** Every relation and survey with ties, each compared with its previous survey; {@code chosen} among them. */
    static List<ComparedWaves> views(StudyAnalysis analysis, ComparedWaves chosen) {
        List<ComparedWaves> views = new ArrayList<>();
        for (GraphAnalysis layer : analysis.analyses()) {
            views.add(layer == chosen.current() ? chosen
                    : ComparedWaves.choose(analysis, layer.relation(), layer.wave()));
        }
        if (views.stream().noneMatch(v -> v == chosen)) {
            views.add(0, chosen); // an analysis outside the study's list (tests build such): still shown
        }
        return views;
    }

    static String key(int i) {
        return "v" + (i + 1);
    }

    static String label(ComparedWaves view) {
        return view.current().relation() + ", survey " + view.current().wave();
    }

    static <P> P shown(List<View<P>> views) {
        return views.stream().filter(View::selected).findFirst().orElseThrow().page();
    }

    /** The events sections name attendees and show small events, so the aggregate mode leaves them out. */
    private static AttendanceScope eventsScope(Disclosure disclosure, java.util.function.Supplier<AttendanceScope> scope) {
        return disclosure.showsPeople() ? scope.get() : new AttendanceScope(null, null);
    }
}
