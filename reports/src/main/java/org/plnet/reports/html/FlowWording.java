package org.plnet.reports.html;

import org.plnet.engine.model.Flow;

/**
 * The words for knowledge flow along a relation's ties (school-links.md, "Relation settings" and
 * "Brokerage language in reports"). Reports name the Gould–Fernandez roles by the way learning moves,
 * never by the arrow-based label alone; the counts behind the words are {@link LearningBrokerage}'s.
 */
public final class FlowWording {

    private final Flow flow;
    /** Whether the ties are shared events from the attendance register, not survey answers. */
    private final boolean register;

    public FlowWording(Flow flow) {
        this(flow, false);
    }

    private FlowWording(Flow flow, boolean register) {
        this.flow = java.util.Objects.requireNonNull(flow);
        this.register = register;
    }

    /** The words for the relation of {@code now}: its flow, or shared events for the attendance register. */
    static FlowWording of(org.plnet.engine.model.Study study, org.plnet.engine.analysis.GraphAnalysis now) {
        return new FlowWording(study.relation(now.relation()).flow(), Pages.fromRegister(study, now));
    }

    public Flow flow() {
        return flow;
    }

    /** How to read an arrow of this relation. */
    public String arrowMeaning() {
        if (register) {
            return "A line joins two people who went to at least one event together (the arrow heads at both ends"
                    + " say the same); learning can flow both ways.";
        }
        return switch (flow) {
            case SEEK -> "An arrow from A to B means A named B as someone they go to, so learning flows from B to A,"
                    + " against the arrow.";
            case GIVE -> "An arrow from A to B means A named B as someone they share with, so learning flows from A"
                    + " to B, along the arrow.";
            case MUTUAL -> "An arrow from A to B means A named B as someone they work with; learning flows both ways.";
        };
    }

    /** What one tie of learning coming in is: "a colleague named a member as someone they go to". */
    public String inflowTie() {
        if (register) {
            return "a member and a colleague went to the same event";
        }
        return switch (flow) {
            case SEEK -> "a colleague named one of the school's members as someone they go to";
            case GIVE -> "a member named a colleague as someone they share with";
            case MUTUAL -> "a member and a colleague work together (one named the other)";
        };
    }

    /** What one tie of learning going out is. */
    public String outflowTie() {
        if (register) {
            return "a member and a colleague went to the same event";
        }
        return switch (flow) {
            case SEEK -> "a member named a colleague as someone they go to";
            case GIVE -> "a colleague named one of the school's members as someone they share with";
            case MUTUAL -> "a member and a colleague work together (one named the other)";
        };
    }

    /** The brokerage roles explained in flow terms, for the "how to read this" section. */
    public String brokerageNote() {
        String arrows = register ? "Because meeting at an event works both ways, learning can flow both ways, so"
                + " every such position both brings learning in and takes it out." : switch (flow) {
            case SEEK -> "Because people were asked whom they go to, learning flows against the arrows: a member"
                    + " whom colleagues go to and who goes to people in other schools brings learning in; a member"
                    + " whom other schools' staff go to and who goes to colleagues takes learning out.";
            case GIVE -> "Because people were asked whom they share with, learning flows along the arrows: a member"
                    + " who hears from other schools and shares with colleagues brings learning in; one who hears"
                    + " from colleagues and shares with other schools takes learning out.";
            case MUTUAL -> "Because the question is about working together, learning flows both ways, so every"
                    + " such position both brings learning in and takes it out.";
        };
        return "Brokers are people who connect two others who are not in touch with each other; each such pair"
                + " counts once. " + arrows;
    }
}
