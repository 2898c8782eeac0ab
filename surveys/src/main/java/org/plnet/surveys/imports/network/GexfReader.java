package org.plnet.surveys.imports.network;

import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;

/**
 * Reads GEXF files (see {@link GexfDocument}): node attributes become people columns, and nodes are matched to
 * the roster (see {@link NetworkImport}). Detected by a {@code <gexf} root element.
 */
public final class GexfReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.GEXF;
    }

    @Override
    public double detect(SurveyFile file) {
        return XmlRoot.detect(file, "gexf");
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return NetworkImport.resolve(format(), GexfDocument.parse(file.bytes(), file.label()), settings, file.label());
    }
}
