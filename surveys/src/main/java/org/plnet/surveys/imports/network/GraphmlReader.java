package org.plnet.surveys.imports.network;

import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;

/**
 * Reads GraphML files (see {@link GraphmlDocument}): node attributes become people columns, and nodes are
 * matched to the roster (see {@link NetworkImport}). Detected by a {@code <graphml} root element.
 */
public final class GraphmlReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.GRAPHML;
    }

    @Override
    public double detect(SurveyFile file) {
        return XmlRoot.detect(file, "graphml");
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return NetworkImport.resolve(format(), GraphmlDocument.parse(file.bytes(), file.label()), settings,
                file.label());
    }
}
