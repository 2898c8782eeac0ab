/**
 * Turns a study's files into the engine's {@link org.plnet.engine.model.Study}. Entry point:
 * {@link org.plnet.surveys.StudyReader#read(java.nio.file.Path, org.plnet.surveys.ReadMode)}, which gives a
 * {@link org.plnet.surveys.StudyInput} (the study and its {@link org.plnet.surveys.report.ImportReport}).
 *
 * <p>The path: {@code studyfolder} reads people.csv, ties.csv, respondents.csv and study.yaml into
 * {@code rows.StudyRows}, and {@code rows.StudyBuilder} applies the study-format rules to them; the
 * survey exports study.yaml names under {@code imports:} are read by {@code imports} (one reader per format, all
 * responses through {@code imports.responses}) and added in memory by {@link org.plnet.surveys.StudyReader};
 * the tie rules of every path live in {@code rows.TieRule}. {@code plnet import} writes a study folder from an export
 * with {@code imports.write.SurveyImport}.
 */
package org.plnet.surveys;
