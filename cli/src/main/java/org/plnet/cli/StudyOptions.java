package org.plnet.cli;

import java.nio.file.Path;
import org.plnet.surveys.ReadMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The study folder and how strictly to read it: shared by every command that reads a study. */
final class StudyOptions {

    @Parameters(index = "0", paramLabel = "STUDY_DIR",
            description = "The study folder: people.csv, ties.csv and an optional study.yaml, which may name survey"
                    + " exports to import (imports:; then ties.csv is optional). The folder is never written to.")
    Path studyDir;

    @Option(names = "--lenient",
            description = "Skip and count tie rows with unknown ids, and names in survey exports that fit no one"
                    + " on the roster, instead of stopping.")
    boolean lenient;

    ReadMode mode() {
        return lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    }
}
