package org.plnet.surveys.imports.matching;

/**
 * The rule by which a typed name was tied to one person of the roster, with its confidence.
 *
 * <p>The confidence is an ordinal score in (0, 1]: how much of the person's name the typed text
 * gave, not a probability. 1 means the text identifies the person outright (an alias, an id, the
 * whole name); lower values mean a shorter form that happened to fit only this person. The
 * examples use a roster person "Priya Patel" (or the name shown).
 */
public enum MatchRule {
    /** The alias file maps this typed text to the person. */
    ALIAS(1.0, "alias file"),
    /** The text is the person's id. */
    ID(1.0, "roster id"),
    /** The whole name, ignoring case, accents, punctuation, apostrophes and hyphens: "priya patel". */
    EXACT(1.0, "full name"),
    /** The whole name, surname first: "Patel, Priya", "Patel Priya". */
    REVERSED_ORDER(0.95, "full name, surname first"),
    /** A nickname of the first name with the surname: "Dave Brown" for David Brown. */
    NICKNAME(0.9, "nickname and surname"),
    /** Only the first of several given names, or an extra middle name: "Ann Jones" for Ann-Marie Jones. */
    GIVEN_NAME_PART(0.85, "part of the given names and surname"),
    /** Initial(s) and surname: "P. Patel", "P Patel". */
    INITIAL_AND_SURNAME(0.85, "initial and surname"),
    /** Surname and initial(s): "Patel P", "Patel, P.". */
    SURNAME_AND_INITIAL(0.85, "surname and initial"),
    /** First name (or its nickname) and the surname's initial: "Priya P". */
    FIRST_NAME_AND_SURNAME_INITIAL(0.8, "first name and surname initial"),
    /** The surname alone, fitting one person only: "Patel". */
    SURNAME_ONLY(0.7, "surname only"),
    /** The first name alone, fitting one person only: "Priya". */
    FIRST_NAME_ONLY(0.6, "first name only"),
    /** A nickname alone, fitting one person only: "Dave" for David Brown. */
    NICKNAME_ONLY(0.5, "nickname only");

    private final double confidence;
    private final String description;

    MatchRule(double confidence, String description) {
        this.confidence = confidence;
        this.description = description;
    }

    /** The confidence of a match by this rule, in (0, 1]. */
    public double confidence() {
        return confidence;
    }

    /** A short English description for the import report. */
    public String description() {
        return description;
    }
}
