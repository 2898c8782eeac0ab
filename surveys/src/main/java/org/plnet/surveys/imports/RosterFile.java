package org.plnet.surveys.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.studyfolder.Roster;

/**
 * Reads the roster given to {@code plnet import}: a file in the layout of people.csv (study-format.md), as CSV
 * or as the first sheet of an XLSX workbook. It is read by the study folder's own reader of people.csv
 * ({@link Roster}), so a roster is accepted exactly when it would be accepted as a study's people.csv, with the
 * same messages: {@code id} required; {@code name}, {@code school}, {@code role}, {@code member},
 * {@code respondent} optional; any other column (e.g. {@code email}) kept as an attribute.
 *
 * <p>A {@code respondent} column is handed on as the attribute {@value #RESPONDENT} ({@code yes}/{@code no}),
 * so that an import can turn it into rows of respondents.csv.
 */
public final class RosterFile {

    /** The attribute that carries the roster's {@code respondent} column. */
    public static final String RESPONDENT = "respondent";

    private RosterFile() {
    }

    /** @throws InputException for the first problem of the file (file, line, column) */
    public static List<Person> read(Path file) {
        return read(SurveyFile.of(file));
    }

    /** @throws InputException for the first problem of the file (file, line, column) */
    public static List<Person> read(SurveyFile file) {
        Roster roster;
        if (file.isSpreadsheet() || file.isOle2()) {
            RawTable t = RawTables.read(file);
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                cells.add(t.row(r));
                lines.add(t.line(r));
            }
            roster = Roster.read(cells, lines, file.label());
        } else {
            roster = Roster.read(file.path(), file.label());
        }
        return people(roster);
    }

    /** The people of {@code roster} as an import takes them: its {@code respondent} column as {@value #RESPONDENT}. */
    public static List<Person> people(Roster roster) {
        if (!roster.hasRespondentColumn()) {
            return roster.people();
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            Person p = roster.people().get(i);
            Map<String, String> attributes = new LinkedHashMap<>(p.attributes());
            attributes.put(RESPONDENT, roster.saysRespondent(i) ? "yes" : "no");
            people.add(new Person(p.id(), p.name(), p.school(), p.role(), p.member(), attributes));
        }
        return List.copyOf(people);
    }
}
