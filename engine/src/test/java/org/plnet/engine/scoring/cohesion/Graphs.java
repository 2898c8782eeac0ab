package org.plnet.engine.scoring.cohesion;

import java.util.Arrays;
import org.plnet.engine.graph.CompactGraph;

/** The graphs the cohesion tests share. */
final class Graphs {

    private Graphs() {
    }

    /** A graph on n vertices with the arcs {@code arcs[0] -> arcs[1]}, {@code arcs[2] -> arcs[3]}, ... */
    static CompactGraph graph(int n, int... arcs) {
        int m = arcs.length / 2;
        int[] s = new int[m];
        int[] t = new int[m];
        for (int k = 0; k < m; k++) {
            s[k] = arcs[2 * k];
            t[k] = arcs[2 * k + 1];
        }
        double[] w = new double[m];
        Arrays.fill(w, 1);
        return CompactGraph.of(n, s, t, w);
    }

    /**
     * The hand study of the conformance suite (spec/conformance/hand-study): a3->a1, a1->a3, a2->a4,
     * b1->a2, b2->b1, b1->b3, a1->a2 on a1 a2 a3 a4 a5 b1 b2 b3 = 0..7.
     */
    static CompactGraph handStudy() {
        return graph(8, 2, 0, 0, 2, 1, 3, 5, 1, 6, 5, 5, 7, 0, 1);
    }

    /**
     * Zachary's karate club (W. W. Zachary 1977, "An information flow model for conflict and fission in
     * small groups", Journal of Anthropological Research 33(4):452–473): 34 members, 78 edges, numbered
     * 0..33 as in networkx 3.6.1 {@code karate_club_graph} (networkx/generators/social.py), one arc per edge.
     */
    static CompactGraph karateClub() {
        return graph(34, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 10, 0, 11, 0, 12, 0, 13, 0, 17,
                0, 19, 0, 21, 0, 31, 1, 2, 1, 3, 1, 7, 1, 13, 1, 17, 1, 19, 1, 21, 1, 30, 2, 3, 2, 7, 2, 8, 2, 9,
                2, 13, 2, 27, 2, 28, 2, 32, 3, 7, 3, 12, 3, 13, 4, 6, 4, 10, 5, 6, 5, 10, 5, 16, 6, 16, 8, 30,
                8, 32, 8, 33, 9, 33, 13, 33, 14, 32, 14, 33, 15, 32, 15, 33, 18, 32, 18, 33, 19, 33, 20, 32,
                20, 33, 22, 32, 22, 33, 23, 25, 23, 27, 23, 29, 23, 32, 23, 33, 24, 25, 24, 27, 24, 31, 25, 31,
                26, 29, 26, 33, 27, 33, 28, 31, 28, 33, 29, 32, 29, 33, 30, 32, 30, 33, 31, 32, 31, 33, 32, 33);
    }
}
