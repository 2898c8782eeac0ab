/**
 * Reads a study folder's own files (study-format.md: people.csv, ties.csv, optional respondents.csv and
 * study.yaml) into the engine's {@link org.plnet.engine.model.Study}, with an
 * {@link org.plnet.surveys.report.ImportReport} of everything read, dropped and wrong. Used through
 * {@link org.plnet.surveys.StudyReader}, which adds the survey exports study.yaml names.
 */
package org.plnet.surveys.studyfolder;
