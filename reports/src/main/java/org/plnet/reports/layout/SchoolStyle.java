package org.plnet.reports.layout;

/**
 * The colour and shape of a school's people in every sociogram, so that no reader depends on colour
 * alone: the seven colours of the Okabe–Ito palette, which people with the common forms of colour-vision
 * deficiency can tell apart (Okabe &amp; Ito 2008, "Color Universal Design"), as circles; then seven other
 * colours of the same kind (Paul Tol's "muted" scheme) as squares; then both again as diamonds and
 * triangles. People of unknown school are grey circles. A
 * school's own page uses two styles only: its own staff ({@link #OWN_SCHOOL}) and everyone else
 * ({@link #OTHER_SCHOOL}).
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

    /**
     * The seven colours of Paul Tol's colour-blind safe "muted" scheme (Tol 2021, "Colour Schemes", SRON
     * technical note) without its grey: schools 8 to 14 get these with squares, so that no two of the first
     * fourteen schools share a colour (ten schools no longer repeat one).
     */
    private static final String[] TOL_MUTED = {
        "#CC6677", // rose
        "#332288", // indigo
        "#DDCC77", // sand
        "#117733", // green
        "#882255", // wine
        "#44AA99", // teal
        "#AA4499", // purple
    };

    private static final SchoolStyle UNKNOWN = new SchoolStyle("#999999", Shape.CIRCLE);

    /** The group number of the reader's own school in a school's picture. */
    public static final int OWN_SCHOOL = -2;
    /** The group number of every other school in a school's picture. */
    public static final int OTHER_SCHOOL = -3;

    /** A school's page colours its own staff blue and everyone else alike, so no two schools are confused. */
    private static final SchoolStyle OWN = new SchoolStyle("#0072B2", Shape.CIRCLE);
    private static final SchoolStyle OTHER = new SchoolStyle("#E69F00", Shape.SQUARE);

    /** The style of school number {@code group} (0, 1, ...), or of unknown school for a negative number. */
    public static SchoolStyle of(int group) {
        if (group == OWN_SCHOOL) {
            return OWN;
        }
        if (group == OTHER_SCHOOL) {
            return OTHER;
        }
        if (group < 0) {
            return UNKNOWN;
        }
        Shape[] shapes = Shape.values();
        int round = group / OKABE_ITO.length;
        String[] palette = round % 2 == 0 ? OKABE_ITO : TOL_MUTED;
        return new SchoolStyle(palette[group % palette.length], shapes[round % shapes.length]);
    }
}
