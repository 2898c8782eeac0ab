/**
 * The rows a study is made of, each with where it came from ({@link org.plnet.surveys.rows.TieRow},
 * {@link org.plnet.surveys.rows.RespondentRow}), gathered in one value ({@link org.plnet.surveys.rows.StudyRows})
 * whichever files or exports they were read from, and the study-format rules that every path of them shares:
 * {@link org.plnet.surveys.rows.StudyBuilder} (respondents, ties.csv rows, relation settings) and
 * {@link org.plnet.surveys.rows.TieRule}. Reading files is not done here: {@code studyfolder} reads a folder's
 * files, {@code imports} the survey exports.
 */
package org.plnet.surveys.rows;
