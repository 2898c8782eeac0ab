package org.plnet.cli;

import java.util.concurrent.Callable;
import org.plnet.surveys.StudyReader;
import org.plnet.surveys.StudyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plnet validate STUDY_DIR}: prints the import report; exit 0 when the study is usable, 2 when not. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read a study folder and print the import report: people, respondents, ties, "
                + "and every warning and error with file, line and column.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyOptions study;

    @Override
    public Integer call() {
        StudyInput result = StudyReader.read(study.studyDir, study.mode());
        spec.commandLine().getOut().print(result.report().toText());
        spec.commandLine().getOut().flush();
        return result.usable() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
