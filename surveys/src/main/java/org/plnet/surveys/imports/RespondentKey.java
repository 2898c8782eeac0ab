package org.plnet.surveys.imports;

/** What the values of a respondent column are matched against on the roster. */
public enum RespondentKey {
    /** Roster ids (trimmed; case ignored when that leaves one person), or the user's aliases. */
    ID("roster ids"),
    /** Roster emails (an {@code email} column of the roster; case ignored). */
    EMAIL("roster emails"),
    /** Roster names (case, accents and punctuation ignored; see the name matcher). */
    NAME("roster names");

    private final String description;

    RespondentKey(String description) {
        this.description = description;
    }

    /** How the report says it: "roster ids". */
    public String description() {
        return description;
    }
}
