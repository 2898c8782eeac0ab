package org.plnet.reports.html;

/**
 * One measure in a report's "how to read this" section.
 *
 * @param term       the measure's name as printed
 * @param meaning    the one-line plain meaning
 * @param definition the formal definition
 */
public record GlossaryEntry(String term, String meaning, String definition) {

    /** The entries of the school-to-network link measures, in report order. */
    public static java.util.List<GlossaryEntry> linkMeasures() {
        return java.util.Arrays.stream(LinkMeasure.values())
                .map(m -> new GlossaryEntry(m.label(), m.meaning(), m.definition())).toList();
    }
}
