package org.plnet.engine.model;

import java.util.Objects;

/**
 * One relation of a study (one survey question) with its settings resolved (school-links.md,
 * "Relation settings").
 *
 * @param name         the relation's name as in ties.csv
 * @param question     the survey question, or {@code null} when study.yaml gives none
 * @param flow         which way knowledge moves along a reported tie
 * @param scaleMax     K, the top of the frequency scale
 * @param tieMin       theta, the smallest weight that counts as a tie of the graph D;
 *                     {@link #ANY_POSITIVE} when every weight above 0 counts
 * @param strongTieMin the smallest weight of a strong tie
 */
public record Relation(String name, String question, Flow flow, double scaleMax, double tieMin,
                       double strongTieMin) {

    /** The default {@code tieMin}: the smallest positive double, so that every weight above 0 is a tie. */
    public static final double ANY_POSITIVE = Double.MIN_VALUE;

    /** The relation name used when ties.csv has no relation column or an empty cell. */
    public static final String DEFAULT_NAME = "default";

    public Relation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(flow, "flow");
        if (!(scaleMax > 0) || !(tieMin > 0) || !(strongTieMin > 0)) {
            throw new IllegalArgumentException("relation " + name + ": scaleMax, tieMin and strongTieMin must be positive");
        }
    }

    /** The default strong-tie threshold for a scale top K: K - 1 when K >= 3, else K. */
    public static double defaultStrongTieMin(double scaleMax) {
        return scaleMax >= 3 ? scaleMax - 1 : scaleMax;
    }

    /** Whether a reported weight makes a tie of the graph D. */
    public boolean isTie(double weight) {
        return weight >= tieMin;
    }

    /** Whether {@code tieMin} was left at its default. */
    public boolean anyPositiveWeightIsTie() {
        return tieMin == ANY_POSITIVE;
    }
}
