package org.plnet.surveys.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;

/**
 * Reads the roster given to {@code plnet import}: a CSV or XLSX file in the layout of people.csv
 * (study-format.md): {@code id} required; {@code name}, {@code school}, {@code role}, {@code member} optional;
 * any other column (e.g. {@code email}) kept as an attribute. Column names ignore case; an empty or duplicate
 * id, a missing {@code id} column or a {@code member} value that is not yes/no is an {@link InputException}.
 */
public final class RosterFile {

    private RosterFile() {
    }

    public static List<Person> read(Path file) {
        return read(SurveyFile.of(file));
    }

    public static List<Person> read(SurveyFile file) {
        RawTable t = RawTables.read(file);
        if (t.rowCount() == 0) {
            throw new InputException(file.location(), "the roster is empty: it needs a header row with an id column");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < t.width(0); c++) {
            String name = t.cell(0, c).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name.toLowerCase(Locale.ROOT), c) != null) {
                throw new InputException(t.location(0, c), "the roster has two columns called '" + name + "'");
            }
        }
        Integer idColumn = columns.get("id");
        if (idColumn == null) {
            throw new InputException(t.location(0), "the roster has no 'id' column (its first row must be a header "
                    + "such as id,name,school,role,member)");
        }
        List<Person> people = new ArrayList<>();
        Map<String, Integer> lineById = new HashMap<>();
        for (int r = 1; r < t.rowCount(); r++) {
            String id = t.cell(r, idColumn).strip();
            if (id.isEmpty()) {
                throw new InputException(t.location(r, idColumn), "empty id in the roster");
            }
            Integer before = lineById.putIfAbsent(id, t.line(r));
            if (before != null) {
                throw new InputException(t.location(r, idColumn), "id " + id + " is already on line " + before);
            }
            if (t.width(r) > t.width(0)) {
                for (int c = t.width(0); c < t.width(r); c++) {
                    if (!t.cell(r, c).isBlank()) {
                        throw new InputException(t.location(r, c), "this row has more cells than the header");
                    }
                }
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            String name = null;
            String school = null;
            String role = null;
            boolean member = false;
            for (Map.Entry<String, Integer> e : columns.entrySet()) {
                String value = t.cell(r, e.getValue()).strip();
                switch (e.getKey()) {
                    case "id":
                        break;
                    case "name":
                        name = value;
                        break;
                    case "school":
                        school = value;
                        break;
                    case "role":
                        role = value;
                        break;
                    case "member":
                        member = yesNo(value, t, r, e.getValue());
                        break;
                    default:
                        attributes.put(t.cell(0, e.getValue()).strip(), value);
                }
            }
            people.add(new Person(id, name, school, role, member, attributes));
        }
        return people;
    }

    /** study-format.md's booleans: true/false, yes/no, 1/0, y/n, any case; empty = false. */
    static boolean yesNo(String value, RawTable t, int row, int column) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "":
            case "false":
            case "no":
            case "n":
            case "0":
                return false;
            case "true":
            case "yes":
            case "y":
            case "1":
                return true;
            default:
                throw new InputException(t.location(row, column), "'" + value + "' is not yes or no (true/false, yes/no, 1/0, y/n)");
        }
    }
}
