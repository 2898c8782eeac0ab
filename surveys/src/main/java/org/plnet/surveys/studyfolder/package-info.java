/**
 * Reads a study folder's own files (study-format.md: people.csv, ties.csv, optional respondents.csv and
 * study.yaml) into {@link org.plnet.surveys.rows.StudyRows}, with an
 * {@link org.plnet.surveys.report.ImportReport} of everything read, dropped and wrong; the rules that make the
 * study of them are {@link org.plnet.surveys.rows.StudyBuilder}'s. Used through
 * {@link org.plnet.surveys.StudyReader}, which adds the survey exports study.yaml names.
 */
package org.plnet.surveys.studyfolder;
