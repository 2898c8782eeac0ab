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
}
