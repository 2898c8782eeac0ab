package org.plnet.reports.html;

import java.util.List;
import org.plnet.reports.layout.Sociogram;

/**
 * What a school's link report {@code schools/<slug>.html} shows: the data of the template
 * {@code school.mustache}. Every text is plain; the template escapes it.
 *
 * @param heading        the page's context: study, relation, wave
 * @param school         the school
 * @param namesNote      who is named on this page
 * @param answered       how many staff answered, in words
 * @param membership     who of the staff takes part in the network, in words
 * @param twoWayLinked   whether the school has a working two-way link
 * @param status         the two-way link in one sentence
 * @param gaps           what is missing for a working two-way link
 * @param members        one row per member of the school
 * @param totals         the members' contributions added up, or {@code null} without members
 * @param measures       the link measures beside the network median
 * @param inflow         learning coming in, in words
 * @param outflow        learning going out, in words
 * @param balance        how the two compare, in words
 * @param bridging       the bridging members, in words
 * @param bringsIn       who brings learning in as a broker, in words
 * @param takesOut       who takes learning out as a broker, in words
 * @param sociogram      the school's staff and their direct contacts
 * @param legend         the sociogram's key
 * @param changes        the measures in the previous wave and now; empty without a previous wave
 * @param glossary       the meaning and definition of each measure
 * @param brokerageNote  brokerage explained in flow terms for this relation
 * @param insideOrAcross whether the school's ties stay inside it more than chance would give, in words
 * @param turnover       the staff's kept, new and lost ties since the previous wave, or {@code null}
 */
public record SchoolPage(PageHeading heading, String school, String namesNote, String answered, String membership,
                         boolean twoWayLinked,
                         String status, List<String> gaps, List<MemberRow> members, MemberRow totals,
                         List<MeasureRow> measures, String inflow, String outflow, String balance, String bridging,
                         String bringsIn, String takesOut, Sociogram sociogram, List<LegendEntry> legend,
                         List<MeasureRow> changes, List<GlossaryEntry> glossary, String brokerageNote,
                         String insideOrAcross, String turnover) {

    public boolean hasGaps() {
        return !gaps.isEmpty();
    }

    public boolean hasMembers() {
        return !members.isEmpty();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /**
     * A member of the school and what they carry.
     *
     * @param name        as the page may call them
     * @param role        their role where the page may show it, else {@code null}
     * @param answered    "yes" when they answered this wave
     * @param inflow      colleagues to whom they pass learning
     * @param outflow     colleagues whose practice reaches them
     * @param networkTies their ties with other schools' members
     * @param bridging    "yes" when they connect colleagues and other schools
     * @param bringsIn    brokerage bringing learning into the school
     * @param takesOut    brokerage taking learning out
     */
    public record MemberRow(String name, String role, String answered, Cell inflow, Cell outflow, Cell networkTies,
                            Cell bridging, Cell bringsIn, Cell takesOut) {
    }

    /**
     * One measure of the school.
     *
     * @param key     the measure's constant name, e.g. {@code REACH}, for machines
     * @param label   its name as printed
     * @param value   this school's value (now)
     * @param other   the network median, or the previous wave's value in the change table
     * @param change  the change since the previous wave, or {@code null}
     * @param meaning the plain meaning
     */
    public record MeasureRow(String key, String label, Cell value, Cell other, String change, String meaning) {
    }
}
