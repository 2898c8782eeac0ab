package org.plnet.surveys.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.report.ImportReport;

/**
 * The people of people.csv (study-format.md, "people.csv"), each at the index the study will give them, with
 * the {@code respondent} column when the file has one.
 */
final class Roster {

    private static final List<String> KNOWN = List.of("id", "name", "school", "role", "member", "respondent");

    private final CsvTable table;
    private final ImportReport.Builder report;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Integer> lineById = new HashMap<>();
    private final BitSet respondentColumn = new BitSet();
    private final List<Integer> attributeColumns = new ArrayList<>();
    private final int id;
    private final int name;
    private final int school;
    private final int role;
    private final int member;
    private final int respondent;
    private boolean usable;

    private Roster(CsvTable table, ImportReport.Builder report) {
        this.table = table;
        this.report = report;
        this.id = table.column("id");
        this.name = table.column("name");
        this.school = table.column("school");
        this.role = table.column("role");
        this.member = table.column("member");
        this.respondent = table.column("respondent");
        for (int c = 0; c < table.columns().size(); c++) {
            String column = table.columns().get(c);
            if (!column.isEmpty() && !KNOWN.contains(column.toLowerCase(Locale.ROOT))) {
                attributeColumns.add(c);
            }
        }
    }

    /** Reads the people of {@code table}, reporting every bad row; rows in error are left out. */
    static Roster read(CsvTable table, ImportReport.Builder report) {
        Roster roster = new Roster(table, report);
        if (!table.require("id")) {
            table.forEachRow(row -> { });
            return roster;
        }
        roster.usable = table.forEachRow(roster::add);
        if (roster.usable && table.dataRows() == 0) {
            report.error(SourceLocation.ofFile(table.label()), "has a header but no people");
        }
        return roster;
    }

    private void add(CsvTable.Row row) {
        boolean ok = true;
        String personId = row.cell(id).trim();
        if (personId.isEmpty()) {
            report.error(table.at(row, id), "id is empty: every person needs an id");
            ok = false;
        } else if (lineById.containsKey(personId)) {
            report.error(table.at(row, id), "duplicate id '" + personId + "' (first on line "
                    + lineById.get(personId) + ")");
            ok = false;
        } else {
            lineById.put(personId, row.line());
        }
        Boolean isMember = yesNo(row, member);
        Boolean answered = yesNo(row, respondent);
        if (!ok || isMember == null || answered == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int c : attributeColumns) {
            attributes.put(table.columns().get(c), row.cell(c).trim());
        }
        int index = people.size();
        people.add(new Person(personId, cell(row, name), cell(row, school), cell(row, role), isMember, attributes));
        indexById.put(personId, index);
        respondentColumn.set(index, answered);
    }

    private static String cell(CsvTable.Row row, int column) {
        return column < 0 ? null : row.cell(column).trim();
    }

    /** The yes/no value of a cell; FALSE when the column is absent; null after reporting a bad value. */
    private Boolean yesNo(CsvTable.Row row, int column) {
        if (column < 0) {
            return Boolean.FALSE;
        }
        Boolean value = YesNo.parse(row.cell(column));
        if (value == null) {
            report.error(table.at(row, column), table.columns().get(column) + " '" + row.cell(column).trim()
                    + "' is not one of " + YesNo.ALLOWED);
        }
        return value;
    }

    /** Whether the file had an id column and was read to its end, so ids of other files can be checked. */
    boolean usable() {
        return usable;
    }

    List<Person> people() {
        return people;
    }

    int size() {
        return people.size();
    }

    /** The index of a (trimmed) id, or -1. */
    int indexOf(String personId) {
        return indexById.getOrDefault(personId, -1);
    }

    /** Whether a row of people.csv has this id but was left out for an error already reported. */
    boolean isRejected(String personId) {
        return lineById.containsKey(personId) && !indexById.containsKey(personId);
    }

    boolean hasRespondentColumn() {
        return respondent >= 0;
    }

    /** Whether person {@code index}'s {@code respondent} cell says yes. */
    boolean saysRespondent(int index) {
        return respondentColumn.get(index);
    }

    /** The people whose {@code respondent} cell says yes. */
    BitSet respondentColumn() {
        return (BitSet) respondentColumn.clone();
    }

    /** The id of person {@code index}. */
    String id(int index) {
        return people.get(index).id();
    }
}
