package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.plnet.reports.layout.FruchtermanReingoldLayout;
import org.plnet.reports.layout.Layout;
import org.plnet.reports.layout.Sociogram;

/**
 * The picture of a programme's learning networks (programmes.md, section 5): each network a circle whose
 * area grows with its staff, each pair of networks with ties between them a line whose width grows with the
 * number of those ties. So that 130 networks stay readable, only each network's three strongest links to
 * other networks are drawn (the description says how many lines are left out), and only the largest
 * networks carry a visible name; every circle and line has a hover title. People are never drawn.
 *
 * @param viewBox     the SVG view box
 * @param title       the picture's title
 * @param description what the picture shows, in words
 * @param lines       the links between networks, weakest first so that strong ones are drawn on top
 * @param nodes       the networks
 * @param labels      the visible names
 */
public record NetworkMap(String viewBox, String title, String description, List<Line> lines, List<Node> nodes,
                         List<Label> labels) {

    private static final int STRONGEST_PER_NETWORK = 3;
    private static final int LABELLED = 20;
    private static final long SEED = 20020901L;

    /** A link between two networks. */
    public record Line(String x1, String y1, String x2, String y2, String width, String title) {
    }

    /** A network. */
    public record Node(String cx, String cy, String r, String title, String href) {
    }

    /** A visible name. */
    public record Label(String x, String y, String text) {
    }

    /**
     * Draws the networks.
     *
     * @param names  the networks' names
     * @param staff  each network's staff
     * @param ties   ties[a][b] = ties of D between networks a and b, either direction (symmetric)
     * @param hrefs  each network's page
     */
    static NetworkMap draw(List<String> names, int[] staff, long[][] ties, List<String> hrefs) {
        int n = names.size();
        boolean[][] drawn = new boolean[n][n];
        int drawnCount = 0;
        int linked = 0;
        for (int a = 0; a < n; a++) {
            Integer[] others = new Integer[n];
            for (int b = 0; b < n; b++) {
                others[b] = b;
            }
            final int from = a;
            Arrays.sort(others, Comparator.<Integer>comparingLong(b -> -ties[from][b]).thenComparingInt(b -> b));
            int kept = 0;
            for (int b : others) {
                if (kept == STRONGEST_PER_NETWORK || ties[a][b] == 0) {
                    break;
                }
                if (b != a) {
                    drawn[a][b] = true;
                    drawn[b][a] = true;
                    kept++;
                }
            }
        }
        long max = 1;
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (ties[a][b] > 0) {
                    linked++;
                }
                if (drawn[a][b]) {
                    pairs.add(new int[] {a, b});
                    max = Math.max(max, ties[a][b]);
                    drawnCount++;
                }
            }
        }
        Layout layout = layout(n, pairs);
        int maxStaff = Math.max(1, Arrays.stream(staff).max().orElse(1));
        double scale = n <= 12 ? 40 : n <= 40 ? 28 : 18;
        double pad = scale + 20;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] r = new double[n];
        List<Node> nodes = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            x[k] = pad + layout.x(k) * (Sociogram.WIDTH - 2 * pad);
            y[k] = pad + layout.y(k) * (Sociogram.HEIGHT - 2 * pad);
            r[k] = 3 + scale * Math.sqrt((double) staff[k] / maxStaff);
            nodes.add(new Node(num(x[k]), num(y[k]), num(r[k]), names.get(k) + ": " + staff[k] + " staff",
                    hrefs.get(k)));
        }
        final long top = max;
        pairs.sort(Comparator.<int[]>comparingLong(p -> ties[p[0]][p[1]]).thenComparingInt(p -> p[0])
                .thenComparingInt(p -> p[1]));
        List<Line> lines = new ArrayList<>(pairs.size());
        for (int[] p : pairs) {
            long w = ties[p[0]][p[1]];
            lines.add(new Line(num(x[p[0]]), num(y[p[0]]), num(x[p[1]]), num(y[p[1]]),
                    num(1 + 7 * Math.sqrt((double) w / top)), names.get(p[0]) + " and " + names.get(p[1]) + ": "
                    + w + (w == 1 ? " tie" : " ties")));
        }
        Integer[] bySize = new Integer[n];
        for (int k = 0; k < n; k++) {
            bySize[k] = k;
        }
        Arrays.sort(bySize, Comparator.<Integer>comparingInt(k -> -staff[k]).thenComparingInt(k -> k));
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < Math.min(LABELLED, n); i++) {
            int k = bySize[i];
            labels.add(new Label(num(x[k]), num(y[k] + r[k] + 13), names.get(k)));
        }
        labels.sort(Comparator.comparing(Label::text));
        String description = "Each circle is one of the " + n + " learning networks; the bigger the circle, the"
                + " more staff its schools have. A line joins two networks whose staff are tied to each other; the"
                + " thicker the line, the more ties. " + (linked > drawnCount ? "To keep the picture readable only"
                + " each network's " + STRONGEST_PER_NETWORK + " strongest links are drawn: " + drawnCount + " of "
                + linked + " pairs of networks with ties. " : "") + (n > LABELLED ? "The " + LABELLED
                + " largest networks are named; hover over a circle for any other. " : "")
                + "Select a circle to open the network's page.";
        return new NetworkMap("0 0 " + num(Sociogram.WIDTH) + " " + num(Sociogram.HEIGHT),
                "The learning networks and the ties between them", description, lines, nodes, labels);
    }

    private static Layout layout(int n, List<int[]> pairs) {
        int[] degree = new int[n];
        for (int[] p : pairs) {
            degree[p[0]]++;
            degree[p[1]]++;
        }
        int[] offsets = new int[n + 1];
        for (int k = 0; k < n; k++) {
            offsets[k + 1] = offsets[k] + degree[k];
        }
        int[] neighbours = new int[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int[] p : pairs) {
            neighbours[fill[p[0]]++] = p[1];
            neighbours[fill[p[1]]++] = p[0];
        }
        for (int k = 0; k < n; k++) {
            Arrays.sort(neighbours, offsets[k], offsets[k + 1]);
        }
        int[] group = new int[n];
        Arrays.fill(group, -1);
        return FruchtermanReingoldLayout.compute(offsets, neighbours, group, SEED);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
