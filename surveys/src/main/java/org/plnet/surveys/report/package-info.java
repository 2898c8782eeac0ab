/**
 * The import report: what an import read, kept and dropped, and every problem it found, with file, line
 * and column (study-format.md, "What an import reports"). Readers of study folders and of survey exports
 * fill an {@link org.plnet.surveys.report.ImportReport.Builder}; {@code plnet validate} prints
 * {@link org.plnet.surveys.report.ImportReport#toText()}.
 */
package org.plnet.surveys.report;
