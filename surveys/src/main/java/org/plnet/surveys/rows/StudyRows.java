package org.plnet.surveys.rows;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.studyfolder.Roster;
import org.plnet.surveys.studyfolder.StudyYaml;

/**
 * Everything a study is built from, as read and before the study-format rules are applied: its settings, its
 * people, its respondent rows and its tie rows, each row with where it came from. {@link StudyBuilder} turns it
 * into the study; keeping reading and rules apart lets every source of rows (the folder's files, the survey
 * exports study.yaml names) meet the same rules.
 *
 * @param settings    study.yaml, with what the exports tell of relations it does not set
 * @param people      the people of people.csv, read and checked
 * @param basis       how respondents are decided (study-format.md, "Respondents")
 * @param respondents the respondent rows when {@code basis} is {@link RespondentBasis#RESPONDENTS_FILE} (those
 *                    before a broken row when the file is cut short); otherwise none
 * @param reading     whether respondents.csv was read to its end with an {@code id} column; a study whose
 *                    respondents.csv was not has no respondents to go by
 * @param ties        the tie rows, those of ties.csv first, read as they are walked; empty when ties.csv is
 *                    required but could not be read
 */
public record StudyRows(StudyYaml settings, Roster people, RespondentBasis basis,
                 List<RespondentRow> respondents, Reading reading, Optional<TieRows> ties) {

    /** How far a file of rows was read. */
    public enum Reading {
        /** to its end */
        COMPLETE,
        /** not to its end, or not at all: a required column is missing or a row is not CSV */
        INCOMPLETE
    }

    /** The wave of a row that gives none. */
    public static final String DEFAULT_WAVE = "1";

    public StudyRows {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reading, "reading");
        respondents = List.copyOf(respondents);
        Objects.requireNonNull(ties, "ties");
    }
}
