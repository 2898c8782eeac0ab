package org.plnet.surveys.report;

/** How an import decided who answered in each wave (study-format.md, "Respondents"). */
public enum RespondentBasis {
    /** Rule 1: the {@code respondent} column of people.csv, the same for every wave. */
    PEOPLE_COLUMN("the respondent column of people.csv (the same for every wave)"),
    /** Rule 2: respondents.csv lists who answered in each wave. */
    RESPONDENTS_FILE("respondents.csv (who answered in each wave)"),
    /** Rule 3: the sources of at least one kept row of ties.csv in the wave. */
    TIE_SOURCES("derived from ties.csv (the sources of at least one kept row in each wave)");

    private final String description;

    RespondentBasis(String description) {
        this.description = description;
    }

    /** One phrase for reports. */
    public String description() {
        return description;
    }
}
