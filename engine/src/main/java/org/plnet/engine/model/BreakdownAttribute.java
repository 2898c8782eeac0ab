package org.plnet.engine.model;

import java.util.Objects;

/**
 * An attribute that figures are broken down by (programmes.md, section 4), resolved to where each person's
 * value comes from.
 *
 * @param name   the attribute as written in study.yaml ({@code role} for the default)
 * @param source where a person's value is read
 * @param column the column as written in the header of people.csv or schools.csv, for
 *               {@link Source#PERSON_COLUMN} and {@link Source#SCHOOL_COLUMN}; otherwise the name
 */
public record BreakdownAttribute(String name, Source source, String column) {

    /** Where a person's value of the attribute comes from. */
    public enum Source {
        ID,
        NAME,
        SCHOOL,
        ROLE,
        /** Broken down by meaning: {@code true} / {@code false}. */
        MEMBER,
        /** Broken down by meaning: {@code true} / {@code false}, in the wave of the analysis. */
        RESPONDENT,
        /** Another column of people.csv: the person's attribute of that name. */
        PERSON_COLUMN,
        /** A column of schools.csv: the value of the person's school; empty for an unknown school. */
        SCHOOL_COLUMN,
        /** The person's school's learning network; empty when none. */
        NETWORK
    }

    public BreakdownAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(column, "column");
    }

    /** The attribute {@code role}, the default when any person has a role. */
    public static final BreakdownAttribute ROLE = new BreakdownAttribute("role", Source.ROLE, "role");
}
