package org.plnet.surveys.imports.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.network.TwoModeDl;
import org.plnet.surveys.studyfolder.YesNo;

/**
 * Reads the attendances of a register in one of the {@link RegisterLayout}s, with where each is. A blank person
 * cell of a long register is reported by the caller as a dropped row; a layout problem (no person or event
 * column, an empty event header) is an {@link InputException} naming the cell.
 */
final class RegisterFile {

    /** The headers a person column may have, in order of preference (case-insensitive). */
    private static final List<String> PERSON_HEADERS = List.of("person", "name", "id");

    private RegisterFile() {
    }

    static List<RegisterEntry> read(SurveyFile file, RegisterLayout layout) {
        return switch (layout) {
            case LONG -> longRows(file.table());
            case WIDE -> wideRows(file.table());
            case DL -> dl(file);
        };
    }

    private static List<RegisterEntry> longRows(RawTable t) {
        requireRows(t);
        int person = personColumn(t, -1);
        int event = column(t, "event");
        if (person < 0 || event < 0) {
            throw new InputException(t.location(0), "a long register needs a person column (person, name or id)"
                    + " and an event column in its first row");
        }
        List<RegisterEntry> entries = new ArrayList<>();
        for (int r = 1; r < t.rowCount(); r++) {
            entries.add(new RegisterEntry(t.cell(r, person).strip(), t.location(r, person), t.cell(r, event).strip(),
                    t.location(r, event)));
        }
        return entries;
    }

    private static List<RegisterEntry> wideRows(RawTable t) {
        requireRows(t);
        int person = personColumn(t, 0);
        List<RegisterEntry> entries = new ArrayList<>();
        for (int c = 0; c < t.width(0); c++) {
            if (c != person && t.cell(0, c).isBlank()) {
                throw new InputException(t.location(0, c), "a wide register's column headers are the event ids:"
                        + " this one is empty");
            }
        }
        for (int r = 1; r < t.rowCount(); r++) {
            for (int c = 0; c < t.width(0); c++) {
                if (c != person && attended(t.cell(r, c))) {
                    entries.add(new RegisterEntry(t.cell(r, person).strip(), t.location(r, person),
                            t.cell(0, c).strip(), t.location(0, c)));
                }
            }
        }
        return entries;
    }

    /** A wide register's cell: attended unless empty, numerically 0, or a false value of study-format.md. */
    static boolean attended(String cell) {
        String text = cell.strip();
        if (Boolean.FALSE.equals(YesNo.parse(text))) {
            return false;
        }
        try {
            return Double.parseDouble(text) != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static List<RegisterEntry> dl(SurveyFile file) {
        TwoModeDl matrix = TwoModeDl.parse(file.text(), file.label());
        List<RegisterEntry> entries = new ArrayList<>();
        for (TwoModeDl.Cell cell : matrix.cells()) {
            TwoModeDl.Label person = matrix.rows().get(cell.row());
            TwoModeDl.Label event = matrix.columns().get(cell.column());
            entries.add(new RegisterEntry(person.text().strip(), person.where(), event.text().strip(), event.where()));
        }
        return entries;
    }

    private static void requireRows(RawTable t) {
        if (t.rowCount() < 2) {
            throw new InputException(t.location(), "a register needs a header row and at least one row");
        }
    }

    private static int personColumn(RawTable t, int fallback) {
        for (String header : PERSON_HEADERS) {
            int c = column(t, header);
            if (c >= 0) {
                return c;
            }
        }
        return fallback;
    }

    private static int column(RawTable t, String header) {
        for (int c = 0; c < t.width(0); c++) {
            if (t.cell(0, c).strip().toLowerCase(Locale.ROOT).equals(header)) {
                return c;
            }
        }
        return -1;
    }
}
