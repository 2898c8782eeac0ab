package org.plnet.surveys.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.ties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyInput;

/**
 * ties.csv is read as its rows are walked, not held: with attendance it is walked twice (for a relation named as
 * the co-attendance relation, then to build the study), and its own problems are still reported once.
 */
class TiesWalkTest {

    @TempDir
    Path dir;

    private StudyInput read(String ties) throws IOException {
        Files.writeString(dir.resolve("people.csv"), "id,name,school\na1,Ann,A\na2,Al,A\nb1,Bo,B\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), "id,name\ne1,Spring conference\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attendance.csv"), "person,event\na1,e1\nb1,e1\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("study.yaml"), "name: toy\naffiliations:\n  relation: met\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        return StudyFolderReader.read(dir, ReadMode.LENIENT);
    }

    @Test
    void bothWalksGiveEveryRowAndProblemsAreReportedOnce() throws IOException {
        StudyInput in = read("source,target\na1,a2\na2,b1,extra\nb1,a1\n");
        // line 3 has three cells under a two-column header: one issue, though the file was walked twice
        assertThat(issues(in)).filteredOn(i -> i.contains("row has 3 cells")).hasSize(1);
        assertThat(issues(in)).filteredOn(i -> i.contains("ties.csv")).hasSize(1);
    }

    @Test
    void aTieOfTheCoAttendanceRelationIsFoundOnTheFirstWalkAndTheStudyOnTheSecond() throws IOException {
        StudyInput clash = read("source,target,relation\na1,a2,advice\na2,b1,met\n");
        assertThat(issues(clash)).filteredOn(i -> i.contains("has the name of the co-attendance relation"))
                .singleElement().asString().contains("line 3");
        StudyInput fine = read("source,target,relation\na1,a2,advice\nb1,a1,advice\n");
        assertThat(issues(fine)).isEmpty();
        assertThat(ties(fine.study(), "advice", "1")).containsExactly("a1->a2:1", "b1->a1:1");
    }
}
