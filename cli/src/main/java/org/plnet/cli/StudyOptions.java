package org.plnet.cli;

import java.nio.file.Path;
import org.plnet.surveys.ReadMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The study folder and how strictly to read it: shared by every command that reads a study. */
final class StudyOptions {

    @Parameters(index = "0", paramLabel = "STUDY_DIR",
            description = "The study folder: people.csv, ties.csv and an optional study.yaml, which may name survey"
                    + " exports to import (imports:; then ties.csv is optional). The folder is never written to.")
    Path studyDir;

    @Mixin
    private ReadModeOption readMode;

    ReadMode mode() {
        return readMode.mode();
    }
}
