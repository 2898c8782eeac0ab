package org.plnet.reports.html;

/**
 * A table cell of a report: the text a reader sees and the exact value behind it, written into a
 * {@code data-value} attribute for sorting and for checks against metrics.json.
 *
 * @param text  what the reader sees, e.g. "40%"
 * @param value the exact number, e.g. "0.4"; empty when undefined or not a number
 */
public record Cell(String text, String value) {

    public Cell {
        java.util.Objects.requireNonNull(text);
        java.util.Objects.requireNonNull(value);
    }

    public static Cell of(LinkMeasure measure, Double v) {
        boolean whole = measure.kind() == LinkMeasure.Kind.COUNT && v != null && v == Math.rint(v);
        return new Cell(measure.text(v), whole ? FigureText.exact(v.longValue()) : FigureText.exact(v));
    }

    public static Cell count(long v) {
        return new Cell(FigureText.count(v), FigureText.exact(v));
    }

    public static Cell percent(Double share) {
        return new Cell(FigureText.percent(share), FigureText.exact(share));
    }

    public static Cell decimal(Double v) {
        return new Cell(FigureText.decimal(v), FigureText.exact(v));
    }

    public static Cell yesNo(boolean yes) {
        return new Cell(yes ? "yes" : "no", yes ? "1" : "0");
    }

    public static Cell text(String text) {
        return new Cell(text, "");
    }
}
