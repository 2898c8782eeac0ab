package org.plnet.reports.html;

/** Cells of the programme pages where the reports' usual cells would mislead. */
final class ProgrammeText {

    private ProgrammeText() {
    }

    /**
     * A median of counts of people or ties: the exact value for machines, a whole number for readers
     * (half up), so that the text never shows half a person (programmes.md, section 5).
     */
    static Cell medianCount(Double median) {
        return median == null ? new Cell(FigureText.UNDEFINED, "")
                : new Cell(FigureText.count(Math.round(median)), FigureText.exact(median));
    }

    /** A median of a measure: counts as {@link #medianCount}, other measures as the measure writes them. */
    static Cell median(LinkMeasure m, Double median) {
        return m.kind() == LinkMeasure.Kind.COUNT ? medianCount(median) : Cell.of(m, median);
    }
}
