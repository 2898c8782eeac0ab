package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.responses.ResponseColumns;

/**
 * SurveyMonkey "expanded" CSV or XLSX: two header rows; the question text stands only above the first column of a
 * matrix (the cells after it are empty) and the second row names each column ({@code Response} or
 * {@code Open-Ended Response} for a single-answer question, the colleague's name for a roster matrix). The
 * latest of several responses is chosen by {@code End Date}.
 */
public final class SurveyMonkeyReader implements SurveyReader {

    private static final Set<String> METADATA = Set.of("respondent id", "collector id", "start date", "end date",
            "ip address", "email address", "first name", "last name");
    private static final Set<String> SINGLE_ANSWER = Set.of("response", "open-ended response", "other (please specify)");

    @Override
    public SurveyFormat format() {
        return SurveyFormat.SURVEYMONKEY;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            RawTable t = file.table();
            if (t.rowCount() < 2) {
                return 0;
            }
            long meta = t.row(0).stream().filter(c -> METADATA.contains(c.strip().toLowerCase(Locale.ROOT))).count();
            boolean respondentId = t.cell(0, 0).strip().equalsIgnoreCase("Respondent ID");
            return respondentId && meta >= 3 ? 0.95 : meta >= 4 ? 0.8 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return GridImport.read(format(), layout(file.table()), settings, NumericAnswers.AS_IS);
    }

    static GridLayout layout(RawTable t) {
        if (t.rowCount() < 2) {
            throw new InputException(t.location(), "a SurveyMonkey expanded export has two header rows; this file has "
                    + t.rowCount());
        }
        if (t.cell(0, 0).strip().isEmpty() || !t.cell(1, 0).strip().isEmpty()) {
            throw new InputException(t.location(1, 0), "the second header row is missing (row 2 should name the "
                    + "columns of each question and be empty under Respondent ID)");
        }
        int width = Math.max(t.width(0), t.width(1));
        List<GridColumn> columns = new ArrayList<>();
        String question = null;
        int endDate = -1;
        for (int c = 0; c < width; c++) {
            String top = t.cell(0, c).strip();
            String sub = t.cell(1, c).strip();
            if (!top.isEmpty()) {
                question = top;
            }
            List<String> headers = List.of(top.isEmpty() && question != null && !sub.isEmpty() ? question : top, sub);
            boolean metadata = METADATA.contains(top.toLowerCase(Locale.ROOT)) || top.toLowerCase(Locale.ROOT).startsWith("custom data");
            if (top.equalsIgnoreCase("End Date")) {
                endDate = c;
            }
            if (!metadata && question != null && !sub.isEmpty() && !SINGLE_ANSWER.contains(sub.toLowerCase(Locale.ROOT))) {
                columns.add(new GridColumn(c, headers, question, sub));
            } else {
                columns.add(new GridColumn(c, headers, null, null));
            }
        }
        return new GridLayout(t, 2, columns, ResponseColumns.endDateOnly(endDate));
    }
}
