package org.plnet.surveys.imports.grid;

/** How an export's numeric answers become tie weights when no scale file is given. */
public enum NumericAnswers {
    /** The number is the weight (0 = no tie). */
    AS_IS,
    /**
     * Qualtrics "numeric values": choices are numbered from 1 and the first choice of a frequency question is
     * "never", so the weight is the value - 1.
     */
    RECODE_FROM_ONE,
    /**
     * A checkbox (Yes/No) matrix in a numeric export: 1 = ticked, an empty cell = not ticked; the weight of a
     * ticked cell is 1. Chosen by {@link AnswerCoding} when every answer of a {@link #RECODE_FROM_ONE} export is 1.
     */
    TICKED
}
