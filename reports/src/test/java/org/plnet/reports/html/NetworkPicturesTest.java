package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.reports.html.TestStudies.index;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;

class NetworkPicturesTest {

    private final Study study = TestStudies.twoWaves();
    private final CompactGraph advice = StudyGraph.of(study, study.layer("advice", "2").orElseThrow()).compact();

    @Test
    void aSchoolsPictureShowsItsStaffAndTheirNeighboursOnceEachInRosterOrder() {
        // Ashdown's staff a1, a2, a3; in advice, wave 2, a1 is tied to a2, a3, x1 and u1, a2 to a1 and x1, a3
        // to a1: so a1, a2, a3, x1 and u1 (x1 and a1 reached twice, listed once), in roster order
        NetworkPictures pictures = new NetworkPictures(study);
        int[] ashdown = {index("a1"), index("a2"), index("a3")};
        assertThat(pictures.aroundSchoolPeople(ashdown, advice))
                .containsExactly(index("a1"), index("a2"), index("a3"), index("x1"), index("u1"));
        // Birchfield: b1 tied to x1, b2 and u1; b2 to b1; b3 to nobody, still drawn as staff
        int[] birchfield = {index("b1"), index("b2"), index("b3")};
        assertThat(pictures.aroundSchoolPeople(birchfield, advice))
                .containsExactly(index("x1"), index("b1"), index("b2"), index("u1"), index("b3"));
    }

    @Test
    void noStaffNobodyDrawn() {
        assertThat(new NetworkPictures(study).aroundSchoolPeople(new int[0], advice)).isEmpty();
    }
}
