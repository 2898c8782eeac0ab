package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.AnalysisFiles;
import org.plnet.reports.shards.MergedShards;
import org.plnet.surveys.StudyInput;
import org.plnet.surveys.StudyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plnet merge STUDY_DIR SHARD_FILE... --out OUT_DIR}: the files of {@code plnet analyze}, the
 * betweenness and closeness added up from the k shard files of {@code plnet analyze --shard i/k}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Add the k shard files of 'plnet analyze STUDY_DIR --shard i/k' into metrics.json, "
                + "people.csv, schools.csv and import-report.txt in OUT_DIR, the same bytes as one "
                + "'plnet analyze' run.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Mixin
    private StatisticsOptions statistics;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_FILE",
            description = "The shard files shard-i-of-k.bin, every i from 1 to k once, in any order.")
    private List<Path> shards;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole merge succeeds.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.keepApart(out, study.studyDir);
        StudyInput imported = StudyReader.read(study.studyDir, study.mode());
        Study model = imported.studyOrThrow();
        MergedShards merged = MergedShards.read(shards);
        StudyAnalysis analysis = StudyAnalyzer.analyze(model, statistics.options(), merged,
                org.plnet.engine.analysis.AnalysisProgress.NONE);
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.REPLACED, study.studyDir)) {
            AnalysisFiles.write(folder, analysis, imported.report());
            folder.commit();
        }
        spec.commandLine().getOut().printf("Merged %d shard(s) for %d relation/wave(s) of %d people; wrote %s%n",
                shards.size(), analysis.analyses().size(), model.size(), out);
        return ExitCode.OK;
    }
}
