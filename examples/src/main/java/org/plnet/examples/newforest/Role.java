package org.plnet.examples.newforest;

/**
 * A job in a school, with how much colleagues seek its holder out for advice and for research talk
 * (a shift of the log-odds of being named, {@link TieModel}).
 */
enum Role {
    HEAD_TEACHER("head teacher", 0.8, 0.5),
    SENIOR_LEADER("senior leader", 0.7, 0.5),
    MIDDLE_LEADER("middle leader", 0.5, 0.2),
    SENCO("SENCo", 0.6, 0.2),
    TEACHER("teacher", 0.0, 0.0),
    TEACHING_ASSISTANT("teaching assistant", -1.0, -1.2);

    private final String label;
    private final double adviceAppeal;
    private final double researchAppeal;

    Role(String label, double adviceAppeal, double researchAppeal) {
        this.label = label;
        this.adviceAppeal = adviceAppeal;
        this.researchAppeal = researchAppeal;
    }

    /** The value of the {@code role} column of people.csv. */
    String label() {
        return label;
    }

    /** How much more (or less) often holders of this role are named for the question. */
    double appeal(Question question) {
        return question == Question.ADVICE ? adviceAppeal : researchAppeal;
    }

    /** Whether the role leads the school (the first network member of a school holds one). */
    boolean isLeadership() {
        return this == HEAD_TEACHER || this == SENIOR_LEADER;
    }
}
