package org.plnet.engine.scoring.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.engine.scoring.TestGraphs.graph;

import org.junit.jupiter.api.Test;
import org.plnet.engine.scoring.TestGraphs;

class WeakComponentsTest {

    @Test
    void emptyGraphHasNoComponent() {
        // n = 0: no component; the largest share is defined as 0.
        WeakComponents c = WeakComponents.compute(graph(0));
        assertThat(c.count()).isZero();
        assertThat(c.largestSize()).isZero();
        assertThat(c.largestShare()).isZero();
    }

    @Test
    void onePersonIsOneComponent() {
        WeakComponents c = WeakComponents.compute(graph(1));
        assertThat(c.count()).isEqualTo(1);
        assertThat(c.largestShare()).isEqualTo(1.0);
    }

    @Test
    void isolatesCountAsComponents() {
        // 0 - 1 and isolates 2, 3: three components, largest 2 of 4.
        WeakComponents c = WeakComponents.compute(graph(4, 1, 0));
        assertThat(c.count()).isEqualTo(3);
        assertThat(c.largestSize()).isEqualTo(2);
        assertThat(c.largestShare()).isEqualTo(0.5);
        assertThat(new int[] {c.componentOf(0), c.componentOf(1), c.componentOf(2), c.componentOf(3)})
                .containsExactly(0, 0, 1, 2);
        assertThat(new int[] {c.size(0), c.size(1), c.size(2)}).containsExactly(2, 1, 1);
    }

    @Test
    void arcsConnectWhateverTheirDirection() {
        // 0 -> 1 <- 2 and 4 -> 3: not strongly connected, yet two weak components {0,1,2} and {3,4},
        // numbered by their lowest vertex. Largest 3 of 5.
        WeakComponents c = WeakComponents.compute(graph(5, 0, 1, 2, 1, 4, 3));
        assertThat(c.count()).isEqualTo(2);
        assertThat(new int[] {c.componentOf(0), c.componentOf(1), c.componentOf(2), c.componentOf(3),
            c.componentOf(4)}).containsExactly(0, 0, 0, 1, 1);
        assertThat(c.largestShare()).isEqualTo(0.6);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // {a1 a2 a3 a4 b1 b2 b3} and the isolate a5: 2 components, largest 7 / 8 = 0.875.
        WeakComponents c = WeakComponents.compute(TestGraphs.handStudy());
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.largestSize()).isEqualTo(7);
        assertThat(c.largestShare()).isEqualTo(0.875);
        assertThat(c.componentOf(4)).isEqualTo(1);
        assertThat(c.componentOf(7)).isZero();
    }

    @Test
    void karateClubIsConnected() {
        WeakComponents c = WeakComponents.compute(TestGraphs.karateClub());
        assertThat(c.count()).isEqualTo(1);
        assertThat(c.largestShare()).isEqualTo(1.0);
    }
}
