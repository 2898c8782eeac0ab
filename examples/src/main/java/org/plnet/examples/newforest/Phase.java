package org.plnet.examples.newforest;

/** The phase of a school (infant and junior schools are primary phase). */
enum Phase {
    PRIMARY("primary"),
    SECONDARY("secondary");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The value of the {@code phase} column of people.csv. */
    String label() {
        return label;
    }
}
