package org.plnet.surveys.imports.network;

import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;

/**
 * Reads edge lists, CSV or XLSX, one tie per row with people given by roster ids or names (see
 * {@link EdgeListTable}, {@link NetworkImport}). Detected only by a header row naming a source and a target
 * column; a list without a header needs {@code --format edge-list}.
 */
public final class EdgeListReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.EDGE_LIST;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            return EdgeListTable.header(file.table()) != null ? 0.9 : 0;
        } catch (InputException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return NetworkImport.resolve(format(), EdgeListTable.parse(file.table()), settings, file.label());
    }
}
