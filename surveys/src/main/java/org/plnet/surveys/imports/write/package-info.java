/**
 * {@code plnet import}: writes a study folder (people.csv, ties.csv, respondents.csv, study.yaml,
 * unmatched.csv) from one survey export and a roster ({@link org.plnet.surveys.imports.write.SurveyImport}).
 * The only code of the surveys module that writes files; CSV text is made by
 * {@link org.plnet.engine.output.CsvWriter} (quoting only where needed).
 */
package org.plnet.surveys.imports.write;
