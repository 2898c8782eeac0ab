package org.plnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code plnet} command: social network analysis of professional learning networks of schools. */
@Command(name = "plnet",
        mixinStandardHelpOptions = true,
        versionProvider = PlnetVersion.class,
        description = "Social network analysis for professional learning networks of schools.",
        subcommands = {AnalyzeCommand.class, MergeCommand.class, ReportCommand.class, QapCommand.class, ImportCommand.class,
                ValidateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 done, 1 failure (e.g. a file could not be written), "
                + "2 bad input or usage (nothing written)."})
public final class Plnet implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Bare {@code plnet}: the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The command line with plnet's one place for turning exceptions into messages and exit codes. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Plnet());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        OptionValues.registerAll(cl);
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int status = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
