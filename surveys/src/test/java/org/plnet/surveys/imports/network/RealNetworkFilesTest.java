package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.file;
import static org.plnet.surveys.imports.network.NetworkFixtures.settings;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;

/**
 * Network files as published studies and drawing tools write them (issue 9, items 7 and 9), on fixtures of
 * imports/issue9/ written from the description. Roster: the shared sample roster (p01 Jane Smith,
 * p02 Tom O'Neill, p03 Priya Patel, ...).
 */
class RealNetworkFilesTest {

    @TempDir
    Path dir;

    @Test
    void levelLabelsNameTheMatricesAsMatrixLabelsDo() {
        // advice: p01->p02 2, p02->p01 1; friendship: p01->p02 1, p01->p03 1, p03->p01 1
        ImportedSurvey s = new UcinetDlReader().read(file("issue9/level-labels.dl"),
                settings(Samples.roster()));
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p01,p02,friendship,1,1",
                "p01,p03,friendship,1,1", "p02,p01,advice,1,1", "p03,p01,friendship,1,1");
    }

    @Test
    void aLowerHalfWithoutDiagonalIsSymmetric() {
        // rows 2..4 hold columns 1..i-1: p02-p01 3; p03-p02 2; p04-p01 1; each a tie both ways
        ImportedSurvey s = new UcinetDlReader().read(file("issue9/lowerhalf.dl"), advice());
        assertThat(ties(s)).containsExactly("p01,p02,advice,3,1", "p01,p04,advice,1,1", "p02,p01,advice,3,1",
                "p02,p03,advice,2,1", "p03,p02,advice,2,1", "p04,p01,advice,1,1");
    }

    @Test
    void anUpperHalfWithDiagonal() {
        // row 1: columns 1..3 (0 1 2): p01-p02 1, p01-p03 2; rows 2 and 3: zeros
        ImportedSurvey s = new UcinetDlReader().read(file("issue9/upperhalf.dl"), advice());
        assertThat(ties(s)).containsExactly("p01,p02,advice,1,1", "p01,p03,advice,2,1", "p02,p01,advice,1,1",
                "p03,p01,advice,2,1");
    }

    @Test
    void anEdgelist2ReadsRowsAndColumnsByTheirLabels() {
        // row 1 (p01) -> column 1 (p02) 2, column 3 (p04) 1; row 2 (p02) -> column 2 (p03) 5
        ImportedSurvey s = new UcinetDlReader().read(file("issue9/edgelist2.dl"), advice());
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p01,p04,advice,1,1", "p02,p03,advice,5,1");
    }

    @Test
    void anUnknownKeywordListsEveryKeywordRead() {
        fails(new UcinetDlReader(), write(dir, "k.dl", "dl n=2\nvertex labels:\na b\ndata:\n0 1\n1 0\n"), advice())
                .withMessage("k.dl:2:1: unknown DL keyword 'vertex'; expected n=, nr=, nc=, nm=, format=, diagonal=,"
                        + " labels:, row labels:, column labels:, matrix labels: (or level labels:), labels embedded,"
                        + " row labels embedded, column labels embedded, or data:");
    }

    @Test
    void graphMlPortsAreIgnored() {
        // yFiles' <port> elements and sourceport/targetport: Jane Smith -> Tom O'Neill 2, Tom -> p03 3.5
        ImportedSurvey s = new GraphmlReader().read(file("issue9/ports.graphml"), advice());
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p02,p03,advice,3.5,1");
        assertThat(s.reportLines().get(0)).endsWith(", 3 ports ignored (drawing)");
    }

    @Test
    void aPajekProjectGivesARelationPerNetworkAndAnAttributePerPartitionAndVector() {
        // item 8: network advice (1->2 2, 3->1 1), network friendship (edge 2-3: both ways), partition gender,
        // vector seniority
        ImportedSurvey s = new PajekReader().read(file("issue9/project.paj"), settings(Samples.roster()));
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p02,p03,friendship,1,1",
                "p03,p01,advice,1,1", "p03,p02,friendship,1,1");
        assertThat(s.people()).extracting(p -> p.id() + " " + p.attributes()).containsExactly(
                "p01 {gender=1, seniority=12.5}", "p02 {gender=2, seniority=3}", "p03 {gender=1, seniority=0.5}");
        assertThat(s.reportLines().get(0)).startsWith("pajek: Pajek project, 2 networks as relations");
    }
}
