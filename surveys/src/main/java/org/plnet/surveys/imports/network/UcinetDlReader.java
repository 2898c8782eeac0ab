package org.plnet.surveys.imports.network;

import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;

/**
 * Reads UCINET DL files ({@code fullmatrix}, {@code edgelist1}, {@code nodelist1}; see {@link UcinetDl}) and
 * matches their labels to the roster (see {@link NetworkImport}). Detected by the first word {@code DL}.
 */
public final class UcinetDlReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.UCINET_DL;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            if (file.isSpreadsheet() || file.isOle2() || !UcinetDl.looksLikeDl(file.text())) {
                return 0;
            }
            return file.extension().equals("dl") ? 1.0 : 0.95;
        } catch (InputException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return NetworkImport.resolve(format(), UcinetDl.parse(file.text(), file.label()), settings, file.label());
    }
}
