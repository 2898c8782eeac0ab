package org.plnet.reports.layout;

/**
 * The colour and shape of a school's people in every sociogram, so that no reader depends on colour
 * alone: the seven colours of the Okabe–Ito palette, which people with the common forms of colour-vision
 * deficiency can tell apart (Okabe &amp; Ito 2008, "Color Universal Design"), then the same colours again
 * with another shape (circle, square, diamond, triangle). People of unknown school are grey circles.
 *
 * @param fill  the fill colour, {@code #rrggbb}
 * @param shape the shape of the mark
 */
public record SchoolStyle(String fill, Shape shape) {

    /** The shape of a person's mark. */
    public enum Shape {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE
    }

    private static final String[] OKABE_ITO = {
        "#E69F00", // orange
        "#56B4E9", // sky blue
        "#009E73", // bluish green
        "#F0E442", // yellow
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
    };

    private static final SchoolStyle UNKNOWN = new SchoolStyle("#999999", Shape.CIRCLE);

    /** The style of school number {@code group} (0, 1, ...), or of unknown school for a negative number. */
    public static SchoolStyle of(int group) {
        if (group < 0) {
            return UNKNOWN;
        }
        Shape[] shapes = Shape.values();
        return new SchoolStyle(OKABE_ITO[group % OKABE_ITO.length],
                shapes[(group / OKABE_ITO.length) % shapes.length]);
    }
}
