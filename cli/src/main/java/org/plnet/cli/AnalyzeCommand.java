package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.AnalysisFiles;
import org.plnet.surveys.StudyReader;
import org.plnet.surveys.StudyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plnet analyze STUDY_DIR --out OUT_DIR}: metrics.json, people.csv, schools.csv, import-report.txt. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute every metric of every relation and wave and write metrics.json, "
                + "people.csv, schools.csv and import-report.txt into OUT_DIR.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Mixin
    private StatisticsOptions statistics;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole analysis succeeds.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.keepApart(out, study.studyDir);
        StudyInput imported = StudyReader.read(study.studyDir, study.mode());
        Study model = imported.studyOrThrow();
        StudyAnalysis analysis = StudyAnalyzer.analyze(model, statistics.options());
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.REPLACED, study.studyDir)) {
            AnalysisFiles.write(folder, analysis, imported.report());
            folder.commit();
        }
        spec.commandLine().getOut().printf("Analysed %d relation/wave(s) of %d people; wrote %s%n",
                analysis.analyses().size(), model.size(), out);
        return ExitCode.OK;
    }
}
