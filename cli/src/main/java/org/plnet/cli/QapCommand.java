package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.engine.statistics.qap.QapAnalysis;
import org.plnet.reports.QapSummary;
import org.plnet.reports.json.QapJsonWriter;
import org.plnet.surveys.StudyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plnet qap STUDY_DIR --y TERM --x TERM ... --out OUT_DIR}: qap.json and qap.txt (statistics.md, 3). */
@Command(name = "qap", mixinStandardHelpOptions = true,
        description = "QAP correlation and MR-QAP regression of one dyadic term on others; writes qap.json and"
                + " qap.txt into OUT_DIR. A TERM is REL@WAVE (the ties of a relation in a wave; REL alone when"
                + " the relation has one wave) or same:COLUMN (1 when two people share a value of a people.csv"
                + " column).")
final class QapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Mixin
    private StatisticsOptions statistics;

    @Option(names = "--y", required = true, paramLabel = "TERM", description = "The dependent term.")
    private String y;

    @Option(names = "--x", required = true, paramLabel = "TERM", description = "An independent term; repeatable.")
    private List<String> xs;

    @Option(names = "--weighted", description = "Relation terms take each tie's weight instead of 1.")
    private boolean weighted;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
            description = "The output folder; written only when the whole run succeeds.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.keepApart(out, study.studyDir);
        Study model = StudyReader.read(study.studyDir, study.mode()).studyOrThrow();
        QapAnalysis qap = QapAnalysis.run(model, y, xs, weighted, statistics.options());
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.REPLACED, study.studyDir)) {
            folder.write("qap.json", stream -> QapJsonWriter.write(qap, stream));
            folder.write("qap.txt", QapSummary.text(qap));
            folder.commit();
        }
        spec.commandLine().getOut().printf("QAP of %s on %d term(s) for %d people; wrote %s%n",
                qap.y().label(), qap.xs().size(), qap.people(), out);
        return ExitCode.OK;
    }
}
