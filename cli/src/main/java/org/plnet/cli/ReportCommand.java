package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.ReportOptions;
import org.plnet.reports.ReportWriter;
import org.plnet.reports.html.ComparedWaves;
import org.plnet.reports.html.HtmlReports;
import org.plnet.reports.html.NameMode;
import org.plnet.reports.html.WrittenReports;
import org.plnet.surveys.StudyReader;
import org.plnet.surveys.StudyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plnet report STUDY_DIR --out OUT_DIR}: the network overview and one link report per school as
 * self-contained HTML, with metrics.json, the CSV tables, the import report and the exports for other tools.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Analyse a study and write the reports into OUT_DIR: index.html (the network overview),"
                + " schools/<school>.html (one link report per school, for its head teacher), metrics.json,"
                + " people.csv, schools.csv, import-report.txt, ties.csv, network.xlsx and exports for other tools"
                + " (GraphML, GEXF, UCINET DL, Pajek). With learning networks (schools.csv), index.html is the"
                + " programme overview and networks/<network>.html one page per network, with networks.csv and"
                + " breakdowns.csv. Nothing is written unless everything succeeds.",
                "Every HTML page carries every relation and wave, each compared with the wave before it where"
                + " there is one; the reader switches between them. A page opens on the first relation by name"
                + " (in Unicode code point order, as in metrics.json) and its latest wave, unless --relation and"
                + " --wave choose another."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Mixin
    private StatisticsOptions statistics;

    @Mixin
    private BetweennessOptions betweenness;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole report succeeds.")
    private Path out;

    @Option(names = "--relation", paramLabel = "R",
            description = "The relation the HTML pages open on (default: the first by name).")
    private String relation;

    @Option(names = "--wave", paramLabel = "W",
            description = "The wave the HTML pages open on (default: the relation's latest).")
    private String wave;

    @Option(names = "--names", paramLabel = "full|school|none|aggregate", defaultValue = "school",
            description = "Who is named in the HTML pages: full (everyone), school (default: a school's page"
                    + " names its own staff only, the overview nobody), none (nobody), aggregate (safe to hand"
                    + " out to school leaders: no person at all, only figures of groups of at least --min-group"
                    + " people, and an overview without a ranking of schools).")
    private NameMode names;

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
            description = "With --names aggregate: the smallest group whose figures are shown (default: 5).")
    private int minGroup;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws IOException {
        OutputFolder.keepApart(out, study.studyDir);
        if (minGroup < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--min-group must be at least 1: " + minGroup);
        }
        Progress shown = progress.on(spec.commandLine().getErr());
        shown.step("reading " + study.studyDir);
        StudyInput imported = StudyReader.read(study.studyDir, study.mode());
        Study model = imported.studyOrThrow();
        StudyAnalysis analysis = StudyAnalyzer.analyze(model, statistics.options(),
                betweenness.paths(model, statistics.options().seed(), spec.commandLine().getErr(), shown), shown);
        ReportOptions options = new ReportOptions(chosenWaves(analysis), names, minGroup);
        WrittenReports pages;
        shown.step("writing the report");
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.REPLACED, study.studyDir)) {
            pages = ReportWriter.write(folder, model, analysis, imported.report(), options);
            folder.commit();
        }
        shown.step("done");
        ComparedWaves waves = options.waves();
        spec.commandLine().getOut().printf("Report on %s, wave %s%s: %s and %d school page(s) in %s (names: %s)%n",
                waves.current().relation(), waves.current().wave(),
                waves.previous() == null ? "" : " (compared with wave " + waves.previous().wave() + ")",
                HtmlReports.INDEX, pages.files().stream() // network pages (programmes.md) are not school pages
                        .filter(f -> f.startsWith(HtmlReports.SCHOOLS_FOLDER + "/")).count(), out, names.label());
        return ExitCode.OK;
    }

    /** The --relation and --wave options read against the study's analysis. */
    private ComparedWaves chosenWaves(StudyAnalysis analysis) {
        try {
            return ComparedWaves.choose(analysis, relation, wave);
        } catch (IllegalArgumentException e) {
            throw new InputException(SourceLocation.ofFile(study.studyDir.toString()), e.getMessage(), e);
        }
    }
}
