package org.plnet.surveys.imports;

/**
 * Reads one kind of export into an {@link ImportedSurvey}. Implementations are stateless.
 *
 * <p>Detection: {@link #detect(SurveyFile)} says how sure the reader is that the file is in its format, from
 * 0 (certainly not) to 1 (certainly). It must not throw on a file of another kind (return 0 instead).
 * {@link FormatDetection} takes a format only when one reader is at least {@value FormatDetection#SURE} and
 * every other is at least {@value FormatDetection#MARGIN} below it; anything less asks the user for
 * {@code --format}.
 */
public interface SurveyReader {

    /** The format this reader reads. */
    SurveyFormat format();

    /** How sure the reader is that {@code file} is in its format, in [0, 1]. */
    double detect(SurveyFile file);

    /**
     * How sure the reader is, knowing the roster too (a generic grid can only be recognised by its headers
     * naming roster people). By default the same as {@link #detect(SurveyFile)}.
     */
    default double detect(SurveyFile file, ImportSettings settings) {
        return detect(file);
    }

    /**
     * Reads the export. Malformed input or input that contradicts the settings is an
     * {@link org.plnet.engine.input.InputException} naming file, line and column; what was handled (and must
     * be reported) goes into the result's issues and report lines.
     */
    ImportedSurvey read(SurveyFile file, ImportSettings settings);
}
