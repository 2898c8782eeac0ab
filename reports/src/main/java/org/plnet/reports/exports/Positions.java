package org.plnet.reports.exports;

import java.util.Arrays;
import org.plnet.reports.layout.Layout;
import org.plnet.reports.layout.Sociogram;

/**
 * Layout positions of the people of a study for the graph exports, person i at ({@code x(i)}, {@code y(i)}),
 * y growing upwards as other tools draw it: those of the report's sociogram ({@link #ofPicture}), given
 * coordinates ({@link #of}), or people evenly spaced on a circle ({@link #circle}).
 */
public final class Positions {

    /** The circle's smallest radius, in layout units. */
    static final double MIN_RADIUS = 100;
    /** The distance between neighbours on the circle when the circle is larger than the smallest one. */
    static final double SPACING = 20;

    private final double[] x;
    private final double[] y;

    private Positions(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * The given positions of n people, or the circle layout when both arrays are {@code null}.
     *
     * @throws IllegalArgumentException when only one array is given, an array's length is not n or a
     *                                  coordinate is not finite
     */
    public static Positions of(int n, double[] x, double[] y) {
        if (x == null && y == null) {
            return circle(n);
        }
        if (x == null || y == null || x.length != n || y.length != n) {
            throw new IllegalArgumentException("layout positions must be two arrays of one coordinate per person ("
                    + n + ")");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("layout position of person " + i + " is not finite");
            }
        }
        return new Positions(x.clone(), y.clone());
    }

    /**
     * People 0..n-1 clockwise on a circle from the top: person i at angle a = 2 pi i / n - pi / 2, position
     * (r cos a, r sin a) with r = max({@value #MIN_RADIUS}, {@value #SPACING} n / (2 pi)), i.e. neighbours
     * {@value #SPACING} units apart once the circle is large enough. StrictMath keeps the digits the same on
     * every machine.
     */
    public static Positions circle(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        double r = Math.max(MIN_RADIUS, SPACING * n / (2 * StrictMath.PI));
        for (int i = 0; i < n; i++) {
            double a = 2 * StrictMath.PI * i / n - StrictMath.PI / 2;
            x[i] = r * StrictMath.cos(a);
            y[i] = r * StrictMath.sin(a);
        }
        return new Positions(x, y);
    }

    /**
     * The positions of a picture of the reports, in its units ({@link Sociogram#WIDTH} by
     * {@link Sociogram#HEIGHT}) with y turned upwards: the one place where the reports' layout is scaled
     * and flipped for other tools.
     */
    public static Positions ofPicture(Layout layout) {
        double[] x = new double[layout.size()];
        double[] y = new double[layout.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = layout.x(i) * Sociogram.WIDTH;
            y[i] = (1 - layout.y(i)) * Sociogram.HEIGHT;
        }
        return of(x.length, x, y);
    }

    /**
     * These positions, when they are one per person of a roster of n.
     *
     * @throws IllegalArgumentException when they are not
     */
    Positions checkSize(int n) {
        if (x.length != n) {
            throw new IllegalArgumentException("layout positions must be one per person (" + n + "), not "
                    + x.length);
        }
        return this;
    }

    int size() {
        return x.length;
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    /** A coordinate as written: rounded to three decimals, which is far finer than any screen. */
    static String text(double coordinate) {
        return NumberText.of(Math.round(coordinate * 1000) / 1000.0);
    }

    @Override
    public String toString() {
        return "Positions" + Arrays.toString(x) + Arrays.toString(y);
    }
}
