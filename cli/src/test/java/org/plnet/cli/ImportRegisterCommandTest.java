package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plnet import --register: an attendance register into a study folder that plnet analyze then reads. */
class ImportRegisterCommandTest {

    @TempDir
    Path temp;

    @Test
    void aWideRegisterBecomesAStudyWithCoAttendance() throws IOException {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "id,name,school\na1,Ann Ash,A\nb1,Bo Birch,B\n");
        Path register = Files.writeString(temp.resolve("register.csv"), "name,conf,ws\nAnn Ash,1,1\nBo Birch,yes,\n");
        Path study = temp.resolve("study");
        CliRun run = CliRun.of("import", register.toString(), "--register", "wide", "--roster", roster.toString(),
                "--wave", "2021", "--out", study.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 attendances read, 3 kept at 2 events, 0 dropped; 0 names not matched");
        Path out = temp.resolve("out");
        assertThat(CliRun.of("analyze", study.toString(), "--out", out.toString()).status()).isZero();
        // Ann and Bo met at conf: one co-attendance tie each way
        assertThat(Files.readString(out.resolve("metrics.json"))).contains("\"relation\": \"co-attendance\"")
                .contains("\"ties\": 2");
    }

    @Test
    void anUnknownEventIsOneLineAndExitStatus2() throws IOException {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "id,name,school\na1,Ann Ash,A\n");
        Path study = Files.createDirectories(temp.resolve("study"));
        Files.writeString(study.resolve("people.csv"), "id,name,school\na1,Ann Ash,A\n");
        Files.writeString(study.resolve("events.csv"), "id\nconf\n");
        Path register = Files.writeString(temp.resolve("register.csv"), "name,event\nAnn Ash,gala\n");
        CliRun run = CliRun.of("import", register.toString(), "--register", "long", "--roster", roster.toString(),
                "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: " + register + ":2:2: event 'gala' is not in");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(Files.exists(study.resolve("attendance.csv"))).isFalse();
    }
}
