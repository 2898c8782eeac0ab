package org.plnet.surveys.imports.namegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnet.surveys.imports.RawTable;

/**
 * One name-generator question of an export: the columns where a respondent typed up to k names, found by
 * their headers, a common stem, a separator (space, {@code _}, {@code .}, {@code #}, {@code :} or {@code -}) and
 * the numbers 1..k ({@code Advice_1..Advice_5}, {@code Q5_1..Q5_5}, {@code Name 1..Name 5}, {@code Colleague #1},
 * Qualtrics' {@code Q5_1_TEXT}). Without a separator ({@code Q1, Q2}) the columns are separate questions.
 *
 * @param stem    the header stem as written in the first column ("Advice")
 * @param columns the 0-based columns, in the order 1..k
 */
record NameQuestion(String stem, List<Integer> columns) {

    private static final Pattern NUMBERED = Pattern.compile("^(.*?\\S)[\\s_.#:\\-]+(\\d{1,2})(_text)?$",
            Pattern.CASE_INSENSITIVE);

    NameQuestion {
        columns = List.copyOf(columns);
    }

    /**
     * The questions of a header row: every stem with columns numbered exactly 1..k, in file order; k may be 1
     * ({@code Friends_1}: a name generator asking for one name).
     */
    static List<NameQuestion> find(RawTable table, int headerRow) {
        Map<String, String> stems = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Integer>> numbered = new LinkedHashMap<>();
        for (int c = 0; c < table.width(headerRow); c++) {
            Matcher m = NUMBERED.matcher(table.cell(headerRow, c).strip());
            if (!m.matches()) {
                continue;
            }
            String stem = m.group(1).strip();
            String key = stem.toLowerCase(Locale.ROOT);
            int number = Integer.parseInt(m.group(2));
            stems.putIfAbsent(key, stem);
            TreeMap<Integer, Integer> columns = numbered.computeIfAbsent(key, k -> new TreeMap<>());
            if (columns.putIfAbsent(number, c) != null) {
                columns.put(-1, c);
            }
        }
        List<NameQuestion> questions = new ArrayList<>();
        numbered.forEach((key, columns) -> {
            boolean oneToK = !columns.isEmpty() && columns.firstKey() == 1 && columns.lastKey() == columns.size();
            if (oneToK) {
                questions.add(new NameQuestion(stems.get(key), new ArrayList<>(columns.values())));
            }
        });
        return questions;
    }

    /** "Advice_1..Advice_5" for the report. */
    String describe(RawTable table, int headerRow) {
        return table.cell(headerRow, columns.get(0)).strip() + ".." + table.cell(headerRow, columns.get(columns.size() - 1)).strip();
    }

    /** The stem as a relation name: lower case, runs of other characters as one hyphen ("Advice" is advice). */
    String relationName() {
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? stem.strip() : slug;
    }

    /** Whether the stem says nothing about the relation ("Name 1..5", "Colleague 1..5"). */
    boolean genericStem() {
        return List.of("name", "names", "colleague", "colleagues", "person", "people", "nominee", "alter", "alters",
                "contact", "contacts", "named", "staff", "teacher", "teachers").contains(relationName());
    }
}
