package org.plnet.surveys.imports.network;

import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;

/**
 * Reads Pajek {@code .net} files (see {@link PajekNet}) and matches their vertex labels to the roster (see
 * {@link NetworkImport}). Detected by a first line {@code *Vertices} or {@code *Network}.
 */
public final class PajekReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.PAJEK;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            if (file.isSpreadsheet() || file.isOle2() || !PajekNet.looksLikePajek(file.text())) {
                return 0;
            }
            return file.extension().equals("net") ? 1.0 : 0.95;
        } catch (InputException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return NetworkImport.resolve(format(), PajekNet.parse(file.text(), file.label()), settings, file.label());
    }
}
