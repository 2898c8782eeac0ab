package org.plnet.reports.html;

/**
 * One measure in a report's "how to read this" section.
 *
 * @param term       the measure's name as printed
 * @param meaning    the one-line plain meaning
 * @param definition the formal definition
 */
public record GlossaryEntry(String term, String meaning, String definition) {

    /** The entries of the link measures a page shows, in its order: a page defines only what it shows. */
    public static java.util.List<GlossaryEntry> of(java.util.List<LinkMeasure> measures) {
        return measures.stream().map(m -> new GlossaryEntry(m.label(), m.meaning(), m.definition())).toList();
    }
}
