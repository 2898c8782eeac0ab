/**
 * Reads a study folder (study-format.md: people.csv, ties.csv, optional respondents.csv and study.yaml) into
 * the engine's {@link org.plnet.engine.model.Study}, with an {@link org.plnet.surveys.report.ImportReport}
 * of everything read, dropped and wrong. Entry point: {@link org.plnet.surveys.studyfolder.StudyFolderReader}.
 */
package org.plnet.surveys.studyfolder;
