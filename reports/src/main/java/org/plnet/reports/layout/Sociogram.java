package org.plnet.reports.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sociogram ready to be drawn as SVG by the template {@code sociogram.mustache}: every person a mark
 * (size by in-degree, colour and shape by school, a thick ring for network members, a hover title), every
 * tie a line with an arrow head at the person named (both ends for a tie that runs both ways), and visible
 * labels only where they fit without covering another label or mark. Coordinates are in a 1000-wide
 * view box, written with one decimal, so the same input gives the same text byte for byte.
 *
 * @param id          a prefix for the ids inside the SVG (marker, title, description), unique on its page
 * @param viewBox     the SVG view box
 * @param title       the short text alternative of the whole picture
 * @param description the long text alternative: what the picture shows and how to read it
 * @param labelSize   the font size of the labels, in view box units
 * @param lines       the ties
 * @param marks       the people, members last so that their rings are on top
 * @param labels      the visible labels
 * @param drawnTies   the ties drawn (a line with two heads counts two)
 * @param hiddenTies  the ties not drawn because their two marks touch
 */
public record Sociogram(String id, String viewBox, String title, String description, String labelSize,
                        List<Line> lines, List<Mark> marks, List<Label> labels, int drawnTies, int hiddenTies) {

    /** Width of the view box. */
    public static final double WIDTH = 1000;
    /** Height of the view box. */
    public static final double HEIGHT = 680;
    private static final double PAD = 24;
    private static final Pattern SAFE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    public Sociogram {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sociogram id must match " + SAFE_ID + ": " + id);
        }
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        lines = List.copyOf(lines);
        marks = List.copyOf(marks);
        labels = List.copyOf(labels);
    }

    /** The same picture with another long text alternative (which can now say what was drawn). */
    public Sociogram describedAs(String text) {
        return new Sociogram(id, viewBox, title, text, labelSize, lines, marks, labels, drawnTies, hiddenTies);
    }

    /** What the lines show, in people's ties: "The 2061 lines show 2493 ties, ...". */
    public String linesText() {
        return linesText("tie", "ties", "the person named", "both named each other");
    }

    /**
     * What the lines show, and how many ties were not drawn because their marks touch.
     *
     * @param tie     what one line stands for, e.g. "tie"
     * @param ties    the plural
     * @param head    where an arrow head is, e.g. "the person named"
     * @param both    when a line has two heads, e.g. "both named each other"
     */
    public String linesText(String tie, String ties, String head, String both) {
        long twoHeaded = lines.stream().filter(Line::mutual).count();
        String text = "The " + lines.size() + (lines.size() == 1 ? " line shows " : " lines show ") + drawnTies
                + " " + (drawnTies == 1 ? tie : ties) + ", with an arrow head at " + head
                + (twoHeaded == 0 ? "." : "; " + twoHeaded + " of the lines have a head at both ends, where " + both
                        + ".");
        return hiddenTies == 0 ? text : text + " " + hiddenTies + " " + (hiddenTies == 1 ? tie + " is" : ties + " are")
                + " not drawn because the two marks touch.";
    }

    /**
     * A tie from (x1, y1) to (x2, y2), the arrow head at (x2, y2).
     *
     * @param mutual the tie runs both ways: an arrow head at both ends
     */
    public record Line(String x1, String y1, String x2, String y2, boolean mutual) {
    }

    /**
     * A person's mark: a circle at (cx, cy) of radius r, or the closed path {@code path} for other shapes.
     *
     * @param title  hover text
     * @param circle whether to draw a circle (else {@code path})
     * @param member whether to draw the member's ring
     */
    public record Mark(String title, boolean circle, String cx, String cy, String r, String path, String fill,
                       boolean member) {

        /** A 16 x 16 legend swatch of a school's style. */
        public static Mark swatch(SchoolStyle style, boolean member, String title) {
            return mark(title, style, member, 8, 8, 5.5);
        }
    }

    /**
     * A visible label.
     *
     * @param anchor SVG {@code text-anchor}: {@code start} (right of its mark) or {@code end} (left of it)
     */
    public record Label(String x, String y, String text, String anchor) {
    }

    /**
     * Draws a network.
     *
     * @param nodes      the people, vertex v = {@code nodes.get(v)}
     * @param arcSources the tails of the directed ties (vertex indices)
     * @param arcTargets the heads, the people named
     * @param layout     a position for every vertex, in the unit square
     */
    public static Sociogram draw(String id, String title, String description, List<SociogramNode> nodes,
                                 int[] arcSources, int[] arcTargets, Layout layout) {
        int n = nodes.size();
        if (layout.size() != n || arcSources.length != arcTargets.length) {
            throw new IllegalArgumentException("layout, nodes and arcs do not match");
        }
        // bigger marks and letters when there are few people
        double scale = Math.max(1.0, Math.min(1.8, Math.sqrt(300.0 / Math.max(1, n))));
        double[] r = new double[n];
        double maxR = 0;
        for (int v = 0; v < n; v++) {
            r[v] = scale * Math.min(16, 3.5 + 1.5 * Math.sqrt(nodes.get(v).inDegree()));
            maxR = Math.max(maxR, r[v]);
        }
        double margin = PAD + maxR;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = margin + layout.x(v) * (WIDTH - 2 * margin);
            y[v] = margin + layout.y(v) * (HEIGHT - 2 * margin);
        }
        int[] hidden = new int[1];
        List<Line> lines = lines(arcSources, arcTargets, n, x, y, r, hidden);
        List<Mark> marks = new ArrayList<>(n);
        for (boolean members : new boolean[] {false, true}) {
            for (int v = 0; v < n; v++) {
                SociogramNode node = nodes.get(v);
                if (node.member() == members) {
                    marks.add(mark(node.title(), SchoolStyle.of(node.group()), node.member(), x[v], y[v], r[v]));
                }
            }
        }
        double font = 11 * Math.sqrt(scale);
        List<Label> labels = labels(nodes, x, y, r, font);
        return new Sociogram(id, "0 0 " + (int) WIDTH + " " + (int) HEIGHT, title, description, fmt(font), lines,
                marks, labels, arcSources.length - hidden[0], hidden[0]);
    }

    private static List<Line> lines(int[] from, int[] to, int n, double[] x, double[] y, double[] r, int[] hidden) {
        long[] arcs = new long[from.length];
        for (int k = 0; k < from.length; k++) {
            if (from[k] < 0 || from[k] >= n || to[k] < 0 || to[k] >= n || from[k] == to[k]) {
                throw new IllegalArgumentException("arc " + k + " is not between two different vertices");
            }
            arcs[k] = (long) from[k] * n + to[k];
        }
        Arrays.sort(arcs);
        List<Line> lines = new ArrayList<>(arcs.length);
        for (long arc : arcs) {
            int u = (int) (arc / n);
            int v = (int) (arc % n);
            boolean mutual = Arrays.binarySearch(arcs, (long) v * n + u) >= 0;
            if (mutual && v < u) {
                continue; // drawn once, from the smaller vertex
            }
            double dx = x[v] - x[u];
            double dy = y[v] - y[u];
            double len = Math.sqrt(dx * dx + dy * dy);
            double startGap = r[u] + (mutual ? 2 : 1);
            double endGap = r[v] + 2;
            if (len <= startGap + endGap + 1) {
                hidden[0] += mutual ? 2 : 1; // the marks touch: no room for a line; the caption says so
                continue;
            }
            double ux = dx / len;
            double uy = dy / len;
            lines.add(new Line(fmt(x[u] + ux * startGap), fmt(y[u] + uy * startGap),
                    fmt(x[v] - ux * endGap), fmt(y[v] - uy * endGap), mutual));
        }
        return lines;
    }

    private static Mark mark(String title, SchoolStyle style, boolean member, double cx, double cy, double r) {
        String path = switch (style.shape()) {
            case CIRCLE -> null;
            case SQUARE -> {
                double h = r * 0.89; // same area as the circle
                yield "M" + fmt(cx - h) + " " + fmt(cy - h) + "H" + fmt(cx + h) + "V" + fmt(cy + h)
                        + "H" + fmt(cx - h) + "Z";
            }
            case DIAMOND -> {
                double h = r * 1.25;
                yield "M" + fmt(cx) + " " + fmt(cy - h) + "L" + fmt(cx + h) + " " + fmt(cy) + "L" + fmt(cx)
                        + " " + fmt(cy + h) + "L" + fmt(cx - h) + " " + fmt(cy) + "Z";
            }
            case TRIANGLE -> {
                double h = r * 1.35;
                yield "M" + fmt(cx) + " " + fmt(cy - h) + "L" + fmt(cx + h * 0.866) + " " + fmt(cy + h * 0.5)
                        + "L" + fmt(cx - h * 0.866) + " " + fmt(cy + h * 0.5) + "Z";
            }
        };
        return new Mark(title, path == null, fmt(cx), fmt(cy), fmt(r), path, style.fill(), member);
    }

    /**
     * Greedy: the most-named people first; a label is kept only if it stays inside the picture and covers no
     * other label and no other labelled person's mark (a white halo keeps it readable over the rest).
     */
    private static List<Label> labels(List<SociogramNode> nodes, double[] x, double[] y, double[] r, double font) {
        int n = nodes.size();
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (nodes.get(v).label() != null && !nodes.get(v).label().isBlank()) {
                order.add(v);
            }
        }
        order.sort(Comparator.comparingInt((Integer v) -> -nodes.get(v).inDegree()).thenComparingInt(v -> v));
        List<double[]> placed = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int v : order) {
            String text = nodes.get(v).label();
            double w = 0.56 * font * text.codePointCount(0, text.length());
            double top = y[v] - font * 0.6;
            double bottom = y[v] + font * 0.5;
            double[] right = {x[v] + r[v] + 3, top, x[v] + r[v] + 3 + w, bottom};
            double[] left = {x[v] - r[v] - 3 - w, top, x[v] - r[v] - 3, bottom};
            double[] chosen = null;
            for (double[] box : new double[][] {right, left}) {
                if (fits(box, v, placed, order, x, y, r)) {
                    chosen = box;
                    break;
                }
            }
            if (chosen == null) {
                // every labelled person gets a label, on paper too: on the side that stays inside the picture,
                // over its neighbours if it must (the white halo keeps it readable)
                chosen = right[2] <= WIDTH - 2 ? right : left;
            }
            placed.add(chosen);
            boolean atRight = chosen == right;
            labels.add(new Label(fmt(atRight ? chosen[0] : chosen[2]), fmt(y[v] + font * 0.35), text,
                    atRight ? "start" : "end"));
        }
        return labels;
    }

    private static boolean fits(double[] box, int self, List<double[]> placed, List<Integer> labelled, double[] x,
                                double[] y, double[] r) {
        if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < 2 || box[3] > HEIGHT - 2) {
            return false;
        }
        for (double[] other : placed) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return false;
            }
        }
        for (int u : labelled) {
            if (u != self && box[0] < x[u] + r[u] && x[u] - r[u] < box[2] && box[1] < y[u] + r[u]
                    && y[u] - r[u] < box[3]) {
                return false;
            }
        }
        return true;
    }

    /** A coordinate with one decimal, without locale: "12.3", "-0.5", "7.0". */
    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return sign + (a / 10) + "." + (a % 10);
    }
}
