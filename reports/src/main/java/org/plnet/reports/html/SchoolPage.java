package org.plnet.reports.html;

import java.util.List;
import org.plnet.reports.layout.Sociogram;

/**
 * What a school's link report {@code schools/<slug>.html} shows in one relation and survey: the data of the
 * section templates {@code school-*.mustache}. Every text is plain; the templates escape it. A part that the
 * page's {@link Disclosure} does not allow is {@code null} (or empty) and its section is left out.
 *
 * @param heading       the page's context: study, relation, survey
 * @param school        the school
 * @param namesNote     who is named on this page
 * @param answered      how many staff answered, in words
 * @param membership    who of the staff takes part in the network, in words
 * @param notAnswered   who did not answer, by role (never by name)
 * @param withheld      what was withheld for the minimum group size, or {@code null}
 * @param linkStatus    "yes", "not yet" or {@code null} when withheld
 * @param status        the working link both ways in one sentence
 * @param conditions    its three conditions, each met or not; empty when withheld
 * @param nextSteps     what the school could do next, each tied to the figure that prompted it
 * @param measures      the link measures beside the network's typical values
 * @param flows         learning passed on inside the school and carried between schools, in words
 * @param members       one row per member of the school; empty when people may not be shown
 * @param totals        the members' contributions added up, or {@code null}
 * @param sociogram     the school's staff and their direct contacts, or {@code null}
 * @param legend        the sociogram's key
 * @param changes       the measures in the previous survey and now; empty without a previous survey
 * @param turnover      the staff's kept, new and lost ties since the previous survey, or {@code null}
 * @param glossary      the meaning and definition of each measure
 * @param brokerageNote brokerage explained in flow terms for this relation
 */
public record SchoolPage(PageHeading heading, String school, String namesNote, String answered, String membership,
                         List<String> notAnswered, String withheld, String linkStatus, String status,
                         List<Condition> conditions, List<String> nextSteps, List<MeasureRow> measures,
                         Flows flows, List<MemberRow> members, MemberRow totals, Sociogram sociogram,
                         List<LegendEntry> legend, List<MeasureRow> changes, String turnover,
                         List<GlossaryEntry> glossary, String brokerageNote) {

    public boolean hasMembers() {
        return !members.isEmpty();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public boolean linked() {
        return "yes".equals(linkStatus);
    }

    /**
     * One of the three conditions of a working link both ways.
     *
     * @param met  whether the school meets it
     * @param text the condition and the figure it rests on
     */
    public record Condition(boolean met, String text) {
    }

    /**
     * Learning passed on inside the school (members and colleagues) and carried between schools (brokerage),
     * named so that the two cannot be taken for each other.
     *
     * @param inflow   members passing learning on to colleagues
     * @param outflow  colleagues' practice reaching the members
     * @param balance  how the two compare
     * @param inside   whether ties stay inside the school more than chance would give
     * @param bridging the bridging members
     * @param bringsIn who carries learning from other schools into this one
     * @param takesOut who carries this school's learning to other schools
     */
    public record Flows(String inflow, String outflow, String balance, String inside, String bridging,
                        String bringsIn, String takesOut) {
    }

    /**
     * A member of the school and what they carry.
     *
     * @param name        as the page may call them
     * @param role        their role where the page may show it, else {@code null}
     * @param answered    "yes" when they answered this survey
     * @param inflow      colleagues to whom they pass learning
     * @param outflow     colleagues whose practice reaches them
     * @param networkTies their ties with other schools' members
     * @param bridging    "yes" when they connect colleagues and other schools
     * @param bringsIn    brokerage carrying learning from other schools into this one
     * @param takesOut    brokerage carrying this school's learning to other schools
     */
    public record MemberRow(String name, String role, String answered, Cell inflow, Cell outflow, Cell networkTies,
                            Cell bridging, Cell bringsIn, Cell takesOut) {
    }

    /**
     * One measure of the school.
     *
     * @param key     the measure's constant name, e.g. {@code REACH}, for machines
     * @param label   its name as printed
     * @param value   this school's value (now), "not shown" when withheld
     * @param whom    of whom a share is, e.g. "of the 18 staff who are not network members"
     * @param group   the size of the smallest group the figure is computed over
     * @param other   the network median, or the previous survey's value in the change table
     * @param typical the range of the middle half of the schools, or {@code null}
     * @param change  the change since the previous survey, or {@code null}
     * @param worth   what one person (or pair) is worth in this school, beside a change, or {@code null}
     * @param meaning the plain meaning
     */
    public record MeasureRow(String key, String label, Cell value, String whom, long group, Cell other,
                             String typical, String change, String worth, String meaning) {
    }
}
