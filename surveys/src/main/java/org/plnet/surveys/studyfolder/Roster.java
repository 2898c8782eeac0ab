package org.plnet.surveys.studyfolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.report.ImportReport;

/**
 * The people of people.csv (study-format.md, "people.csv"), each at the index the study will give them, with
 * the {@code respondent} column when the file has one.
 *
 * <p>A study folder's people.csv is read by {@link StudyFolderReader}. Other readers of a roster in the same
 * layout (the roster of {@code plnet import}) use {@link #read(Path, String)} for CSV and
 * {@link #read(List, List, String)} for the rows of a spreadsheet, so that every roster is held to the same
 * rules, with the same messages.
 */
public final class Roster {

    private static final List<String> KNOWN = List.of("id", "name", "school", "role", "member", "respondent");

    private final CsvFile table;
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

    private Roster(CsvFile table, ImportReport.Builder report) {
        this.table = table;
        this.report = report;
        if (table == null) {
            this.id = this.name = this.school = this.role = this.member = this.respondent = -1;
            return;
        }
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

    /**
     * Reads a roster file in the layout of people.csv: UTF-8 CSV text (a BOM is dropped).
     *
     * @param label the file as messages name it
     * @throws InputException for the first problem (by line and column), followed by how many more there are
     */
    public static Roster read(Path file, String label) {
        ImportReport.Builder report = ImportReport.builder(label).fileOrder(label);
        Roster roster = null;
        if (!Files.exists(file)) {
            report.error(SourceLocation.ofFile(label), "file not found");
        } else if (!Files.isRegularFile(file)) {
            report.error(SourceLocation.ofFile(label), "is not a file");
        } else {
            String text = TextFile.read(file, label, "CSV UTF-8", report);
            CsvFile table = text == null ? null : CsvFile.open(text, label, report);
            roster = table == null ? null : read(table, report);
        }
        return orThrow(roster, report);
    }

    /**
     * Reads a roster in the layout of people.csv from the rows of a spreadsheet, header first.
     *
     * @param cells the cells of each row (a row may end before its last empty cells)
     * @param lines the row number of each row, for messages
     * @param label the file as messages name it
     * @throws InputException for the first problem (by row and column), followed by how many more there are
     */
    public static Roster read(List<List<String>> cells, List<Integer> lines, String label) {
        ImportReport.Builder report = ImportReport.builder(label).fileOrder(label);
        CsvFile table = CsvFile.ofRows(cells, lines, label, report);
        if (table == null && report.errorCount() == 0) {
            report.error(SourceLocation.ofFile(label), "is empty");
        }
        return orThrow(table == null ? null : read(table, report), report);
    }

    private static Roster orThrow(Roster roster, ImportReport.Builder report) {
        List<ImportIssue> errors = report.build().errors();
        if (errors.isEmpty()) {
            return roster;
        }
        ImportIssue first = errors.get(0);
        int more = errors.size() - 1;
        throw new InputException(first.location(), first.message()
                + (more == 0 ? "" : " (and " + more + " more error" + (more == 1 ? "" : "s") + " in the file)"));
    }

    /**
     * The people of a study whose exports were imported in memory, as its people.csv would hold them once
     * written: already checked, without a {@code respondent} column.
     */
    static Roster of(List<Person> people) {
        Roster roster = new Roster(null, null);
        for (Person p : people) {
            roster.indexById.put(p.id(), roster.people.size());
            roster.lineById.put(p.id(), 0);
            roster.people.add(p);
        }
        roster.usable = true;
        return roster;
    }

    /** Reads the people of {@code table}, reporting every bad row; rows in error are left out. */
    static Roster read(CsvFile table, ImportReport.Builder report) {
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

    private void add(CsvFile.Row row) {
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

    private static String cell(CsvFile.Row row, int column) {
        return column < 0 ? null : row.cell(column).trim();
    }

    /** The yes/no value of a cell; FALSE when the column is absent; null after reporting a bad value. */
    private Boolean yesNo(CsvFile.Row row, int column) {
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
    /** Whether the study can be built on these people: people.csv was read with its required columns. */
    public boolean usable() {
        return usable;
    }

    /** The people, in file order. */
    public List<Person> people() {
        return Collections.unmodifiableList(people);
    }

    public int size() {
        return people.size();
    }

    /** The index of a (trimmed) id, or -1. */
    public int indexOf(String personId) {
        return indexById.getOrDefault(personId, -1);
    }

    /** Whether a row of people.csv has this id but was left out for an error already reported. */
    public boolean isRejected(String personId) {
        return lineById.containsKey(personId) && !indexById.containsKey(personId);
    }

    /** Whether the roster has a {@code respondent} column (which is not among a person's attributes). */
    public boolean hasRespondentColumn() {
        return respondent >= 0;
    }

    /** Whether person {@code index}'s {@code respondent} cell says yes (false without the column). */
    public boolean saysRespondent(int index) {
        return respondentColumn.get(index);
    }

    /** The people whose {@code respondent} cell says yes. */
    public BitSet respondentColumn() {
        return (BitSet) respondentColumn.clone();
    }

    /**
     * The columns of the roster as its header spells them, in file order (programmes.md: breakdowns name
     * them); for people imported from exports, the fields a person has and their attributes.
     */
    public List<String> columns() {
        if (table != null) {
            return table.columns();
        }
        List<String> columns = new ArrayList<>(List.of("id", "name", "school", "role", "member"));
        if (!people.isEmpty()) {
            columns.addAll(people.get(0).attributes().keySet());
        }
        return columns;
    }

    /** Where the header names {@code column} (any case), or null when it does not (or there is no file). */
    SourceLocation headerAt(String column) {
        int c = table == null ? -1 : table.column(column);
        return c < 0 ? null : table.headerAt(c);
    }

    /** The id of person {@code index}. */
    public String id(int index) {
        return people.get(index).id();
    }
}
