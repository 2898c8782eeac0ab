package org.plnet.surveys;

/** How strictly a study folder is read (study-format.md, "ties.csv"). */
public enum ReadMode {
    /** Every contradiction of the study format is an error (the default). */
    STRICT,
    /**
     * Rows that name someone not in people.csv, that exceed the relation's scaleMax of study.yaml or whose
     * source did not answer in that wave are skipped, counted and reported as warnings; every other problem
     * is still an error.
     */
    LENIENT
}
