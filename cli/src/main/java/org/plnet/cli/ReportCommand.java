package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plnet.engine.analysis.LayerAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.exports.NetworkExports;
import org.plnet.reports.AnalysisFiles;
import org.plnet.reports.html.HtmlReports;
import org.plnet.reports.html.NameMode;
import org.plnet.reports.html.ReportLayer;
import org.plnet.reports.html.WrittenReports;
import org.plnet.reports.layout.Layout;
import org.plnet.reports.layout.Sociogram;
import org.plnet.surveys.StudyReader;
import org.plnet.surveys.StudyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code plnet report STUDY_DIR --out OUT_DIR}: the network overview and one link report per school as
 * self-contained HTML, with metrics.json, the CSV tables, the import report and the exports for other tools.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Analyse a study and write the reports into OUT_DIR: index.html (the network overview),"
                + " schools/<school>.html (one link report per school, for its head teacher), metrics.json,"
                + " people.csv, schools.csv, import-report.txt, ties.csv, network.xlsx and exports for other tools"
                + " (GraphML, GEXF, UCINET DL, Pajek). Nothing is written unless everything succeeds.",
                "The HTML pages describe one relation and wave: by default the first relation by name (in"
                + " Unicode code point order, as in metrics.json) and its latest wave, compared with the wave"
                + " before it where there is one."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole report succeeds.")
    private Path out;

    @Option(names = "--relation", paramLabel = "R",
            description = "The relation the HTML pages describe (default: the first by name).")
    private String relation;

    @Option(names = "--wave", paramLabel = "W",
            description = "The wave the HTML pages describe (default: the relation's latest).")
    private String wave;

    @Option(names = "--names", paramLabel = "full|school|none", defaultValue = "school",
            converter = NameModeConverter.class,
            description = "Who is named in the HTML pages: full (everyone), school (default: a school's page"
                    + " names its own staff only, the overview nobody), none (nobody).")
    private NameMode names;

    @Override
    public Integer call() throws IOException {
        StudyInput imported = StudyReader.read(study.studyDir, study.mode());
        Study model = imported.studyOrThrow();
        StudyAnalysis analysis = StudyAnalyzer.analyze(model);
        ReportLayer layer;
        try {
            layer = ReportLayer.choose(analysis, relation, wave);
        } catch (IllegalArgumentException e) {
            throw new InputException(SourceLocation.ofFile(study.studyDir.toString()), e.getMessage(), e);
        }
        WrittenReports html;
        try (OutputFolder folder = OutputFolder.open(out)) {
            AnalysisFiles.write(folder, analysis, imported.report());
            html = HtmlReports.write(folder, model, analysis, layer, names);
            Layout layout = html.networkLayout();
            double[] x = new double[model.size()];
            double[] y = new double[model.size()];
            for (int i = 0; i < x.length; i++) {
                // the overview's picture, y turned upwards as other tools draw it
                x[i] = layout.x(i) * Sociogram.WIDTH;
                y[i] = (1 - layout.y(i)) * Sociogram.HEIGHT;
            }
            NetworkExports.writeAll(folder, model, analysis, layer.current(), x, y);
            folder.commit();
        }
        LayerAnalysis now = layer.current();
        spec.commandLine().getOut().printf("Report on %s, wave %s%s: %s and %d school page(s) in %s (names: %s)%n",
                now.relation(), now.wave(),
                layer.previous() == null ? "" : " (compared with wave " + layer.previous().wave() + ")",
                HtmlReports.INDEX, html.files().size() - 1, out, names.label());
        return ExitCode.OK;
    }

    /** {@code full}, {@code school} or {@code none}, in any case. */
    static final class NameModeConverter implements ITypeConverter<NameMode> {
        @Override
        public NameMode convert(String value) {
            for (NameMode mode : NameMode.values()) {
                if (mode.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of full, school, none");
        }
    }
}
