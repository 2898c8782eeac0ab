package org.plnet.surveys.imports;

import java.util.Objects;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.imports.responses.Repeated;

/**
 * What the user said about one export: the options of {@code plnet import}, or the keys of an entry of
 * study.yaml's {@code imports:}. Every part but the mode may be {@code null}: detect it, take the default, or
 * do without.
 *
 * @param format     the export's format
 * @param respondent the column naming the respondent
 * @param relation   the relation the answers belong to
 * @param wave       the survey round
 * @param scale      a {@code label,code} scale file
 * @param aliases    a {@code text,id} file of settled names
 * @param mode       how strictly to read
 * @param repeated   what to do with several responses by one person in an export without end dates
 */
public record ExportOptions(SurveyFormat format, String respondent, String relation, String wave, SurveyFile scale,
                     SurveyFile aliases, ReadMode mode, Repeated repeated) {

    public ExportOptions {
        Objects.requireNonNull(mode, "mode");
    }

    /** The options without {@code repeated} (study.yaml's {@code imports:} has no such key yet). */
    public ExportOptions(SurveyFormat format, String respondent, String relation, String wave, SurveyFile scale,
                         SurveyFile aliases, ReadMode mode) {
        this(format, respondent, relation, wave, scale, aliases, mode, null);
    }
}
