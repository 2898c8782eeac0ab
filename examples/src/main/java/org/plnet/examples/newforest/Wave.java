package org.plnet.examples.newforest;

/** The two survey rounds, a year apart; their labels sort by code point in time order. */
enum Wave {
    FIRST("2019"),
    SECOND("2020");

    private final String label;

    Wave(String label) {
        this.label = label;
    }

    /** The value of the {@code wave} column. */
    String label() {
        return label;
    }
}
