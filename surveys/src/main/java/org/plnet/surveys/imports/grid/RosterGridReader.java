package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.responses.ResponseColumns;
import org.plnet.surveys.imports.matching.NameMatch;

/**
 * A generic wide roster grid, CSV or XLSX: one header row, one row per respondent, one column per colleague. A
 * column is a colleague's when its header is a roster id or names one roster person (see
 * {@link RosterLookup}); every other column is reported, and one of them identifies the respondent. Answers are
 * numbers (the weight, 0 = no tie) or scale labels.
 */
public final class RosterGridReader implements SurveyReader {

    /** The question of a roster grid, which has no question text. */
    static final String QUESTION = "roster grid";

    @Override
    public SurveyFormat format() {
        return SurveyFormat.ROSTER_GRID;
    }

    /** Without the roster a generic grid cannot be recognised. */
    @Override
    public double detect(SurveyFile file) {
        return 0;
    }

    @Override
    public double detect(SurveyFile file, ImportSettings settings) {
        try {
            RawTable t = file.table();
            if (t.rowCount() < 1 || settings.roster().isEmpty()) {
                return 0;
            }
            RosterLookup roster = new RosterLookup(settings.roster(), settings.aliases());
            int named = 0;
            for (String h : t.row(0)) {
                if (!h.isBlank() && colleague(roster, h)) {
                    named++;
                }
            }
            int width = t.width(0);
            return named >= 2 && named * 2 >= width ? 0.8 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return GridImport.read(format(), layout(file.table(), new RosterLookup(settings.roster(), settings.aliases())),
                settings, NumericAnswers.AS_IS);
    }

    static GridLayout layout(RawTable t, RosterLookup roster) {
        if (t.rowCount() < 1) {
            throw new InputException(t.location(), "the file is empty: a roster grid has a header row");
        }
        List<GridColumn> columns = new ArrayList<>();
        int endDate = -1;
        for (int c = 0; c < t.width(0); c++) {
            String h = t.cell(0, c).strip();
            if (!h.isEmpty() && colleague(roster, h)) {
                columns.add(new GridColumn(c, List.of(h), QUESTION, h));
            } else {
                columns.add(new GridColumn(c, List.of(h), null, null));
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (endDate < 0 && (lower.equals("timestamp") || lower.equals("end date") || lower.equals("enddate")
                        || lower.equals("submitted") || lower.equals("completion time"))) {
                    endDate = c;
                }
            }
        }
        return new GridLayout(t, 1, columns, ResponseColumns.endDateOnly(endDate));
    }

    private static boolean colleague(RosterLookup roster, String header) {
        NameMatch m = roster.match(header);
        return m instanceof NameMatch.Matched hit && hit.confidence() >= RosterLookup.SURE_NAME_CONFIDENCE;
    }
}
