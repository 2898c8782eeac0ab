package org.plnet.engine.scoring.affiliation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Degree, betweenness and closeness of every node of a bipartite graph B, normalised by the largest value a
 * node of its own mode can take (Borgatti, S. P. and Everett, M. G. 1997, "Network analysis of 2-mode data",
 * Social Networks 19(3), 243-269), exactly as NetworkX's {@code bipartite.degree_centrality},
 * {@code bipartite.betweenness_centrality} and {@code bipartite.closeness_centrality} (normalised) compute them.
 *
 * <p>B has n nodes of one mode (people, nodes 0..n-1) and m of the other (events, nodes n..n+m-1), N = n + m,
 * and an undirected edge for each attendance. For a person v (swap n and m for an event):
 * <ul>
 * <li>degree: deg(v) / m;</li>
 * <li>betweenness: g(v) / g_max, where g(v) = sum over unordered pairs {s, t} of nodes other than v of
 *     sigma_st(v) / sigma_st (the shares of shortest s-t paths through v) and
 *     g_max = [m^2 (s+1)^2 + m (s+1)(2t - s - 1) - t (2s - t + 3)] / 2 with s = (n-1) div m, t = (n-1) mod m;
 *     0 when g_max is 0 (one event, or one person);</li>
 * <li>closeness: (m + 2(n-1)) / D(v) * (r(v) - 1) / (N - 1), where D(v) is the sum of the distances from v to
 *     the r(v) - 1 other nodes it reaches; 0 when v reaches nothing.</li>
 * </ul>
 * Computed eagerly: one breadth-first search per node (Brandes 2001 for the betweenness), O(N E).
 */
public final class TwoModeCentrality {

    private final int people;
    private final double[] degree;
    private final double[] betweenness;
    private final double[] closeness;

    private TwoModeCentrality(int people, double[] degree, double[] betweenness, double[] closeness) {
        this.people = people;
        this.degree = degree;
        this.betweenness = betweenness;
        this.closeness = closeness;
    }

    /**
     * @param people    n, the nodes of the first mode, at least 1
     * @param events    m, the nodes of the second mode, at least 1
     * @param attendance for each person 0..n-1, the events (0..m-1) they attended, each at most once
     */
    public static TwoModeCentrality compute(int people, int events, int[][] attendance) {
        if (people < 1 || events < 1 || attendance.length != people) {
            throw new IllegalArgumentException("a bipartite graph needs nodes of both modes");
        }
        int total = people + events;
        List<List<Integer>> adjacent = new ArrayList<>(total);
        for (int v = 0; v < total; v++) {
            adjacent.add(new ArrayList<>());
        }
        for (int p = 0; p < people; p++) {
            for (int e : attendance[p]) {
                adjacent.get(p).add(people + e);
                adjacent.get(people + e).add(p);
            }
        }
        int[][] adj = new int[total][];
        for (int v = 0; v < total; v++) {
            adj[v] = adjacent.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] degree = new double[total];
        double[] closeness = new double[total];
        double[] dependency = new double[total];
        double[] betweenness = new double[total];
        int[] distance = new int[total];
        double[] paths = new double[total];
        int[] order = new int[total];
        for (int s = 0; s < total; s++) {
            boolean person = s < people;
            int own = person ? people : events;
            int other = person ? events : people;
            degree[s] = adj[s].length * (1.0 / other);
            int reached = search(adj, s, distance, paths, order);
            long sum = 0;
            for (int k = 0; k < reached; k++) {
                sum += distance[order[k]];
            }
            if (sum > 0 && total > 1) {
                closeness[s] = (double) (other + 2 * (own - 1)) / sum * ((double) (reached - 1) / (total - 1));
            }
            accumulate(adj, s, reached, distance, paths, order, dependency, betweenness);
        }
        double topMax = maximumBetweenness(people, events);
        double bottomMax = maximumBetweenness(events, people);
        for (int v = 0; v < total; v++) {
            double max = v < people ? topMax : bottomMax;
            // an undirected pair is counted from both ends (NetworkX halves it); 0 when no node can broker
            betweenness[v] = max == 0 ? 0 : betweenness[v] / 2 / max;
        }
        return new TwoModeCentrality(people, degree, betweenness, closeness);
    }

    /** Breadth-first search from s: distances, shortest-path counts, the nodes reached in order; their count. */
    private static int search(int[][] adj, int s, int[] distance, double[] paths, int[] order) {
        Arrays.fill(distance, -1);
        Arrays.fill(paths, 0);
        distance[s] = 0;
        paths[s] = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(s);
        int reached = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            order[reached++] = v;
            for (int w : adj[v]) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.add(w);
                }
                if (distance[w] == distance[v] + 1) {
                    paths[w] += paths[v];
                }
            }
        }
        return reached;
    }

    /** Brandes's back-propagation of the dependencies of s onto every node it reaches. */
    private static void accumulate(int[][] adj, int s, int reached, int[] distance, double[] paths, int[] order,
                                   double[] dependency, double[] betweenness) {
        for (int k = 0; k < reached; k++) {
            dependency[order[k]] = 0;
        }
        for (int k = reached - 1; k >= 0; k--) {
            int w = order[k];
            for (int v : adj[w]) {
                if (distance[v] == distance[w] - 1) {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
            }
            if (w != s) {
                betweenness[w] += dependency[w];
            }
        }
    }

    /** Borgatti and Everett's largest betweenness of a node among n of its mode with m of the other. */
    static double maximumBetweenness(long n, long m) {
        long s = (n - 1) / m;
        long t = (n - 1) % m;
        return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0;
    }

    /** Two-mode degree centrality of person {@code p}. */
    public double personDegree(int p) {
        return degree[p];
    }

    public double personBetweenness(int p) {
        return betweenness[p];
    }

    public double personCloseness(int p) {
        return closeness[p];
    }

    /** Two-mode degree centrality of event {@code e}. */
    public double eventDegree(int e) {
        return degree[people + e];
    }

    public double eventBetweenness(int e) {
        return betweenness[people + e];
    }

    public double eventCloseness(int e) {
        return closeness[people + e];
    }
}
