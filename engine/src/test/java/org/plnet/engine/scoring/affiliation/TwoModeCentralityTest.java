package org.plnet.engine.scoring.affiliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Two-mode degree, betweenness and closeness of every node of Davis's Southern Women against NetworkX 2.8.8:
 * <pre>
 * G = nx.davis_southern_women_graph(); women = G.graph['top']
 * bipartite.degree_centrality(G, women); bipartite.betweenness_centrality(G, women);
 * bipartite.closeness_centrality(G, women)
 * </pre>
 * (the values below are its output, printed with repr; its matrix is the one of {@link DavisSouthernWomen}).
 */
class TwoModeCentralityTest {

    private static final double EPS = 1e-9;

    /** Per woman, in the order of {@link DavisSouthernWomen#WOMEN}: degree, betweenness, closeness. */
    private static final double[][] WOMEN = {
        {0.5714285714285714, 0.09658472108029267, 0.8},
        {0.5, 0.05135761326872536, 0.7272727272727273},
        {0.5714285714285714, 0.08759468547944677, 0.8},
        {0.5, 0.0494865998160072, 0.7272727272727273},
        {0.2857142857142857, 0.010596096282664414, 0.6},
        {0.2857142857142857, 0.01071434286960598, 0.6666666666666666},
        {0.2857142857142857, 0.00944412334473028, 0.6666666666666666},
        {0.21428571428571427, 0.006800323334013807, 0.6666666666666666},
        {0.2857142857142857, 0.016783108139791406, 0.7058823529411765},
        {0.2857142857142857, 0.015737665757646964, 0.7058823529411765},
        {0.2857142857142857, 0.016344348365012626, 0.6857142857142857},
        {0.42857142857142855, 0.047362754029819695, 0.7272727272727273},
        {0.5, 0.07170914508501829, 0.7741935483870968},
        {0.5714285714285714, 0.11346136204298476, 0.8},
        {0.3571428571428571, 0.04238754006434827, 0.7272727272727273},
        {0.14285714285714285, 0.0019535268594996565, 0.6486486486486487},
        {0.14285714285714285, 0.005054505236263333, 0.5853658536585366},
        {0.14285714285714285, 0.005054505236263333, 0.5853658536585366},
    };

    /** Per event E1..E14: degree, betweenness, closeness. */
    static final double[][] EVENTS = {
        {0.16666666666666666, 0.002154310782629367, 0.5238095238095238},
        {0.16666666666666666, 0.0020886968954039286, 0.5238095238095238},
        {0.3333333333333333, 0.01822439085252718, 0.5641025641025641},
        {0.2222222222222222, 0.0077020526738029406, 0.5365853658536586},
        {0.4444444444444444, 0.03769444252500667, 0.5945945945945946},
        {0.4444444444444444, 0.06501635047516072, 0.6875},
        {0.5555555555555556, 0.12950174424519842, 0.7333333333333333},
        {0.7777777777777777, 0.24381946234957552, 0.8461538461538461},
        {0.6666666666666666, 0.22551359177204106, 0.7857142857142857},
        {0.2777777777777778, 0.011442302600971925, 0.55},
        {0.2222222222222222, 0.01966539088919154, 0.5365853658536586},
        {0.3333333333333333, 0.018094182051395145, 0.5641025641025641},
        {0.16666666666666666, 0.002240655987795576, 0.5238095238095238},
        {0.16666666666666666, 0.002240655987795576, 0.5238095238095238},
    };

    static double[][] women() {
        return WOMEN;
    }

    @Test
    void davisSouthernWomenMatchesNetworkx288() {
        TwoModeCentrality c = TwoModeCentrality.compute(18, 14, DavisSouthernWomen.attendance());
        for (int w = 0; w < 18; w++) {
            assertThat(c.personDegree(w)).as("degree of " + DavisSouthernWomen.WOMEN[w]).isCloseTo(WOMEN[w][0], within(EPS));
            assertThat(c.personBetweenness(w)).as("betweenness of " + DavisSouthernWomen.WOMEN[w])
                    .isCloseTo(WOMEN[w][1], within(EPS));
            assertThat(c.personCloseness(w)).as("closeness of " + DavisSouthernWomen.WOMEN[w])
                    .isCloseTo(WOMEN[w][2], within(EPS));
        }
        for (int e = 0; e < 14; e++) {
            assertThat(c.eventDegree(e)).as("degree of E" + (e + 1)).isCloseTo(EVENTS[e][0], within(EPS));
            assertThat(c.eventBetweenness(e)).as("betweenness of E" + (e + 1)).isCloseTo(EVENTS[e][1], within(EPS));
            assertThat(c.eventCloseness(e)).as("closeness of E" + (e + 1)).isCloseTo(EVENTS[e][2], within(EPS));
        }
    }

    @Test
    void onePersonAtOneEventHasNoBrokerageAndFullDegree() {
        // B = p - e: degree 1/1 each; g_max = (1*1*1 + 1*1*(0-0-1) - 0)/2 = 0, so betweenness 0;
        // closeness of p: (m + 2(n-1)) / D = (1 + 0) / 1 = 1, times (2-1)/(2-1) = 1
        TwoModeCentrality c = TwoModeCentrality.compute(1, 1, new int[][] {{0}});
        assertThat(new double[] {c.personDegree(0), c.personBetweenness(0), c.personCloseness(0),
            c.eventDegree(0), c.eventBetweenness(0), c.eventCloseness(0)})
                .containsExactly(new double[] {1, 0, 1, 1, 0, 1}, within(EPS));
    }

    @Test
    void disconnectedHalvesScaleClosenessByTheShareReached() {
        // people p0, p1; events e0, e1; p0 - e0, p1 - e1: two components of 2 nodes, N = 4.
        // p0: D = 1, (m + 2(n-1)) / D = (2 + 2) / 1 = 4, times (2-1)/(4-1) = 4/3.
        // e0: (n + 2(m-1)) / 1 = 4, times 1/3 = 4/3. Degrees 1/2. No node lies between two others: 0.
        // g_max of a person: s = 1 div 2 = 0, t = 1: (4*1 + 2*1*(2-0-1) - 1*(0-1+3))/2 = (4 + 2 - 2)/2 = 2.
        TwoModeCentrality c = TwoModeCentrality.compute(2, 2, new int[][] {{0}, {1}});
        assertThat(c.personCloseness(0)).isCloseTo(4.0 / 3, within(EPS));
        assertThat(c.eventCloseness(1)).isCloseTo(4.0 / 3, within(EPS));
        assertThat(c.personDegree(1)).isCloseTo(0.5, within(EPS));
        assertThat(c.personBetweenness(0)).isZero();
        assertThat(TwoModeCentrality.maximumBetweenness(2, 2)).isEqualTo(2.0);
    }

    @Test
    void aStarOfOneEventGivesTheEventAllBrokerage() {
        // three people at one event: the event lies on all 3 pairs of people, each via it alone: g = 3.
        // g_max of an event (n=1 of its mode, m=3 people): s = 0 div 3 = 0, t = 0: (9 + 3*(-1))/2 = 3 -> 1.
        // A person's g_max (n=3, m=1): s = 2, t = 0: (1*9 + 1*3*(-3) - 0)/2 = 0 -> betweenness 0.
        TwoModeCentrality c = TwoModeCentrality.compute(3, 1, new int[][] {{0}, {0}, {0}});
        assertThat(c.eventBetweenness(0)).isCloseTo(1.0, within(EPS));
        assertThat(c.personBetweenness(2)).isZero();
        // closeness of a person: (1 + 2*2) / (1 + 2 + 2) = 1, all reached; of the event: (3 + 0) / 3 = 1
        assertThat(c.personCloseness(2)).isCloseTo(1.0, within(EPS));
        assertThat(c.eventCloseness(0)).isCloseTo(1.0, within(EPS));
    }
}
