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

    @Mixin
    private BetweennessOptions betweenness;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole analysis succeeds.")
    private Path out;

    @Mixin
    private ProgressOption progress;

    @Option(names = "--shard", paramLabel = "i/k", converter = ShardOption.class,
            description = "Compute only shard i of k of the betweenness/closeness pass (sources split into k"
                    + " parts) and write its partial sums to OUT_DIR/shard-i-of-k.bin; plnet merge adds the k"
                    + " files into the figures of a single run.")
    private org.plnet.engine.scoring.centrality.Shard shard;

    @Override
    public Integer call() throws IOException {
        OutputFolder.keepApart(out, study.studyDir);
        Progress shown = progress.on(spec.commandLine().getErr());
        shown.step("reading " + study.studyDir);
        StudyInput imported = StudyReader.read(study.studyDir, study.mode());
        Study model = imported.studyOrThrow();
        if (shard != null) {
            String file = ShardRun.write(model, shard, out);
            spec.commandLine().getOut().printf("Computed shard %s of %d people; wrote %s%n", shard, model.size(),
                    out.resolve(file));
            return ExitCode.OK;
        }
        StudyAnalysis analysis = StudyAnalyzer.analyze(model, statistics.options(),
                betweenness.paths(model, statistics.options().seed(), spec.commandLine().getErr(), shown), shown);
        shown.step("writing " + out);
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.REPLACED, study.studyDir)) {
            AnalysisFiles.write(folder, analysis, imported.report());
            folder.commit();
        }
        spec.commandLine().getOut().printf("Analysed %d relation/wave(s) of %d people; wrote %s%n",
                analysis.analyses().size(), model.size(), out);
        return ExitCode.OK;
    }
}
