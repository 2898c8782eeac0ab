package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.responses.ResponseColumns;

/**
 * Google Forms responses, as CSV or XLSX: one header row, {@code Timestamp} first, a grid question exported as one
 * column per grid row, {@code question [Colleague Name]}. An empty cell and the lowest answer of the scale
 * ("Never", code 0) both mean no tie. A checkbox grid lists the ticked columns of a row separated by {@code ;}:
 * each becomes a tie of weight 1 in the relation named after it. The respondent is identified by name or email
 * (detected or {@code --respondent}); the latest of several submissions is chosen by {@code Timestamp}.
 */
public final class GoogleFormsReader implements SurveyReader {

    private static final Pattern GRID_HEADER = Pattern.compile("(.*\\S)\\s*\\[([^\\[\\]]+)\\]\\s*");

    @Override
    public SurveyFormat format() {
        return SurveyFormat.GOOGLE_FORMS;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            RawTable t = file.table();
            if (t.rowCount() < 1) {
                return 0;
            }
            long grid = t.row(0).stream().filter(h -> GRID_HEADER.matcher(h).matches()).count();
            boolean timestamp = t.cell(0, 0).strip().equalsIgnoreCase("Timestamp");
            if (grid == 0) {
                return 0;
            }
            return timestamp ? 0.95 : grid >= 2 ? 0.6 : 0.3;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return GridImport.read(format(), layout(file.table()), settings, NumericAnswers.AS_IS);
    }

    static GridLayout layout(RawTable t) {
        if (t.rowCount() < 1) {
            throw new InputException(t.location(), "the file is empty: a Google Forms export has a header row");
        }
        List<GridColumn> columns = new ArrayList<>();
        int timestamp = -1;
        boolean anyGrid = false;
        for (int c = 0; c < t.width(0); c++) {
            String h = t.cell(0, c).strip();
            Matcher m = GRID_HEADER.matcher(h);
            if (m.matches()) {
                anyGrid = true;
                columns.add(new GridColumn(c, List.of(h), m.group(1).strip(), m.group(2).strip()));
            } else {
                columns.add(new GridColumn(c, List.of(h), null, null));
                if (h.equalsIgnoreCase("Timestamp") && timestamp < 0) {
                    timestamp = c;
                }
            }
        }
        if (!anyGrid) {
            throw new InputException(t.location(0), "no grid question in the header row (expected columns such as "
                    + "'question [Colleague Name]'): the header row is missing or this is not a Google Forms export");
        }
        return new GridLayout(t, 1, columns, ResponseColumns.endDateOnly(timestamp));
    }
}
