package org.plnet.reports.layout;

/**
 * Positions of the vertices {@code 0..n-1} of a drawing, in the unit square ({@code 0 <= x, y <= 1},
 * y growing downwards as in SVG). Immutable.
 */
public final class Layout {

    private final double[] x;
    private final double[] y;

    Layout(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /** Positions made elsewhere (a picture composed of several layouts), each in the unit square. */
    public static Layout of(double[] x, double[] y) {
        return new Layout(x, y);
    }

    public int size() {
        return x.length;
    }

    public double x(int v) {
        return x[v];
    }

    public double y(int v) {
        return y[v];
    }
}
