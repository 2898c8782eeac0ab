package org.plnet.surveys.imports;

/** How an import knows who answered the survey. */
public enum RespondentSource {
    /** The export lists every response, so a respondent who named nobody is known (survey exports). */
    LISTED,
    /**
     * The export holds only ties (a network file): a person counts as a respondent of a wave when they are the
     * source of a tie of that wave (study-format.md, "Respondents", rule 3).
     */
    TIE_SOURCES
}
