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
            List<Integer> colleagues = new ArrayList<>();
            for (int c = 0; c < t.width(0); c++) {
                if (!t.cell(0, c).isBlank() && colleague(roster, t.cell(0, c))) {
                    named++;
                    colleagues.add(c);
                }
            }
            int width = t.width(0);
            if (named < 2 || named * 2 < width) {
                return 0;
            }
            // a grid's cells are weights or scale labels; cells that are mostly roster names make the first
            // row a nomination of a file without a header row (a name generator), not a header
            int cells = 0;
            int names = 0;
            for (int r = 1; r < t.rowCount(); r++) {
                for (int c : colleagues) {
                    if (!t.cell(r, c).isBlank()) {
                        cells++;
                        names += colleague(roster, t.cell(r, c)) ? 1 : 0;
                    }
                }
            }
            return cells > 0 && names * 2 > cells ? 0 : 0.8;
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
