package org.plnet.engine.scoring.cohesion;

import java.util.Arrays;
import org.plnet.engine.graph.CompactGraph;

/**
 * The weak components of D, that is the connected components of the undirected graph U: every isolate is
 * a component of its own. Components are numbered 0, 1, ... in order of their lowest vertex, so the
 * numbering depends on the graph only.
 *
 * <p>The share of the largest component is its size / n; for the empty graph (n = 0), where there is no
 * component, it is defined as 0.
 *
 * <p>Found by breadth-first search in time and memory O(n + m).
 */
public final class WeakComponents {

    private final int[] componentOf;
    private final int[] sizes;
    private final int largestSize;

    private WeakComponents(int[] componentOf, int[] sizes, int largestSize) {
        this.componentOf = componentOf;
        this.sizes = sizes;
        this.largestSize = largestSize;
    }

    /** Finds the components of U. */
    public static WeakComponents compute(CompactGraph g) {
        int n = g.vertexCount();
        int[] offsets = g.neighbourOffsets();
        int[] nbrs = g.neighbours();
        int[] componentOf = new int[n];
        Arrays.fill(componentOf, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        int largest = 0;
        for (int root = 0; root < n; root++) {
            if (componentOf[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            componentOf[root] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    int u = nbrs[k];
                    if (componentOf[u] < 0) {
                        componentOf[u] = count;
                        queue[tail++] = u;
                    }
                }
            }
            sizes[count++] = tail;
            largest = Math.max(largest, tail);
        }
        return new WeakComponents(componentOf, Arrays.copyOf(sizes, count), largest);
    }

    /** n, the number of vertices. */
    public int vertexCount() {
        return componentOf.length;
    }

    /** The number of components, isolates included; 0 when n = 0. */
    public int count() {
        return sizes.length;
    }

    /** The number (0 .. count()-1) of the component of vertex v. */
    public int componentOf(int v) {
        return componentOf[v];
    }

    /** The number of vertices of component c. */
    public int size(int component) {
        return sizes[component];
    }

    /** The size of the largest component; 0 when n = 0. */
    public int largestSize() {
        return largestSize;
    }

    /** largestSize() / n; 0 when n = 0. */
    public double largestShare() {
        return componentOf.length == 0 ? 0 : (double) largestSize / componentOf.length;
    }
}
