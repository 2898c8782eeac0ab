package org.plnet.reports.html;

import java.util.List;
import org.plnet.reports.layout.Sociogram;

/**
 * What {@code index.html}, the network overview, shows: the data of the template {@code index.mustache}.
 * Every text is plain; the template escapes it.
 *
 * @param heading        the page's context: study, relation, wave
 * @param namesNote      who is named on this page and why
 * @param otherRelations the study's other relations with ties, or {@code null}
 * @param figures        the headline figures
 * @param sociogram      the whole network
 * @param legend         the sociogram's key
 * @param schoolColumns  the columns of the schools table after the school's name
 * @param schools        one row per school
 * @param medians        the median of each column over the schools
 * @param brokers        the people with the most brokerage, most first
 * @param responses      who answered, per school
 * @param changeColumns  the columns of the change table, when there is a previous wave
 * @param changes        one row per school, when there is a previous wave
 * @param glossary       the meaning and definition of each link measure
 * @param brokerageNote  brokerage explained in flow terms for this relation
 * @param insideOrAcross whether ties stay inside schools more than chance would give, in words
 * @param chanceNote     what "more than chance" means in the brokers table
 * @param schoolPages    every school's page, by name, in the aggregate mode (which has no school table)
 * @param withheld       what was withheld for the minimum group size, or {@code null}
 */
public record OverviewPage(PageHeading heading, String namesNote, String otherRelations, List<Figure> figures,
                           Sociogram sociogram, List<LegendEntry> legend, List<Column> schoolColumns,
                           List<SchoolRow> schools, List<Cell> medians, List<BrokerRow> brokers,
                           List<ResponseRow> responses, List<Column> changeColumns, List<SchoolRow> changes,
                           List<GlossaryEntry> glossary, String brokerageNote, String insideOrAcross,
                           String chanceNote, List<SchoolRow> schoolPages, String withheld) {

    public boolean hasBrokers() {
        return !brokers.isEmpty();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** Whether the page compares schools (not in the aggregate mode, which ranks no school). */
    public boolean hasSchoolTable() {
        return !schools.isEmpty();
    }

    /** Whether the brokers table has a "network member" column: only when it varies. */
    public boolean hasMemberColumn() {
        return brokers.stream().anyMatch(b -> b.member() != null);
    }

    /** Whether the page lists who answered per school. */
    public boolean hasResponses() {
        return !responses.isEmpty();
    }

    /**
     * A row of a table of schools.
     *
     * @param name  the school
     * @param href  its report, relative to index.html
     * @param cells one per column
     */
    public record SchoolRow(String name, String href, List<Cell> cells) {
    }

    /**
     * A broker: someone who connects two people who are not directly tied.
     *
     * @param person      as the page may call them
     * @param school      their school, or "not known"
     * @param member      "yes" for a network member, or {@code null} when the column is not shown
     * @param bringsIn    open two-paths on which they bring learning into their own school
     * @param takesOut    open two-paths on which they take learning out of their own school
     * @param liaison     open two-paths between two other, different schools
     * @param itinerant   open two-paths between two people of one other school
     * @param coordinator open two-paths inside their own school
     * @param total       all open two-paths through them
     * @param aboveChance which counts are above chance, in words
     */
    public record BrokerRow(String person, String school, String member, Cell bringsIn, Cell takesOut, Cell liaison,
                            Cell itinerant, Cell coordinator, Cell total, String aboveChance) {
    }

    /**
     * Who answered in one school.
     *
     * @param previousRate the previous wave's response rate, or {@code null} without a previous wave
     */
    public record ResponseRow(String school, Cell staff, Cell respondents, Cell rate, Cell previousRate) {
    }
}
