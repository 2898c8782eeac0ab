package org.plnet.surveys.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;

/**
 * Reads the names a user settled ({@code --aliases}): CSV with a header, the typed text in a column {@code text}
 * (or {@code alias}, {@code name}, {@code typed}) and the roster id in a column {@code id}. The columns of
 * unmatched.csv also work ({@code text} ... plus an added {@code id} column). An empty id, an id not on the
 * roster, or one text given two different ids is an {@link InputException} naming the row and column.
 */
public final class AliasFile {

    private static final List<String> TEXT_COLUMNS = List.of("text", "alias", "name", "typed");

    private AliasFile() {
    }

    public static Map<String, String> read(SurveyFile file, List<Person> roster) {
        RawTable t = RawTables.read(file);
        if (t.rowCount() == 0) {
            return Map.of();
        }
        int text = -1;
        int id = -1;
        for (int c = 0; c < t.width(0); c++) {
            String h = t.cell(0, c).strip().toLowerCase(Locale.ROOT);
            if (text < 0 && TEXT_COLUMNS.contains(h)) {
                text = c;
            }
            if (id < 0 && h.equals("id")) {
                id = c;
            }
        }
        if (text < 0 || id < 0) {
            throw new InputException(t.location(0), "an alias file needs a header with the columns text and id "
                    + "(the name as typed, the roster id)");
        }
        Set<String> ids = roster.stream().map(Person::id).collect(Collectors.toSet());
        Map<String, String> aliases = new LinkedHashMap<>();
        for (int r = 1; r < t.rowCount(); r++) {
            String typed = t.cell(r, text).strip();
            String target = t.cell(r, id).strip();
            if (typed.isEmpty() && target.isEmpty()) {
                continue;
            }
            if (typed.isEmpty()) {
                throw new InputException(t.location(r, text), "empty text for id " + target);
            }
            if (target.isEmpty()) {
                throw new InputException(t.location(r, id), "no id for '" + typed + "'");
            }
            if (!ids.contains(target)) {
                throw new InputException(t.location(r, id), "'" + target + "' is not a roster id");
            }
            String before = aliases.putIfAbsent(typed, target);
            if (before != null && !before.equals(target)) {
                throw new InputException(t.location(r, id), "'" + typed + "' is given two ids, " + before + " and " + target);
            }
        }
        return aliases;
    }
}
