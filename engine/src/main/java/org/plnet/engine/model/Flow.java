package org.plnet.engine.model;

/**
 * Which way knowledge moves along a reported tie {@code a -> b} (school-links.md, "Relation settings").
 */
public enum Flow {
    /** a goes to b for advice: knowledge flows from b to a, against the arrow. */
    SEEK,
    /** a shares with or helps b: knowledge flows from a to b, along the arrow. */
    GIVE,
    /** a works with b: knowledge flows both ways. */
    MUTUAL;

    /** The spelling used in study.yaml. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a tie {@code a -> b} of this relation carries knowledge from {@code b} to {@code a}.
     */
    public boolean againstArrow() {
        return this != GIVE;
    }

    /**
     * Whether a tie {@code a -> b} of this relation carries knowledge from {@code a} to {@code b}.
     */
    public boolean alongArrow() {
        return this != SEEK;
    }

    /**
     * How many of some ties (or paths) carry knowledge one given way, the single rule for every count by
     * flow: those whose arrows point that way count when knowledge moves along the arrow, those pointing
     * the other way when it moves against it, and for {@code mutual} the {@code inBoth} counted on each
     * side are counted once.
     *
     * @param alongArrow   ties whose arrow points the way in question
     * @param againstArrow ties whose arrow points the other way
     * @param inBoth       ties (pairs) counted in both of the above
     */
    public long carrying(long alongArrow, long againstArrow, long inBoth) {
        long along = alongArrow() ? alongArrow : 0;
        long against = againstArrow() ? againstArrow : 0;
        return along + against - (alongArrow() && againstArrow() ? inBoth : 0);
    }
}
