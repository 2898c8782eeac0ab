package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Programme;
import org.plnet.engine.scoring.breakdowns.Breakdown;

/**
 * The tables "who connects across schools, by role" (programmes.md, section 5): one table per breakdown
 * attribute, one row per value, for the partial {@code breakdowns.mustache} that the overview and every
 * school page include. Breakdowns by {@code id} or {@code name} list people's names, so they are shown only
 * where every name may be ({@link NameMode#FULL}); and a value held by one person alone would single them
 * out (say, the only SENCo), so on a page that may not name that person such a row is left out and counted
 * in the note.
 *
 * @param title  the section's heading
 * @param intro  what the tables show, in words
 * @param tables one per attribute, in the order of study.yaml
 * @param hidden a note on tables left out because they would name people, or {@code null}
 */
public record BreakdownTables(String title, String intro, List<Table> tables, String hidden) {

    /** The columns, each with a one-line meaning. */
    static final List<Column> COLUMNS = List.of(
            new Column("People", "How many people have this value.", true),
            new Column("Answered", "How many of them answered this survey.", true),
            new Column("Share of cross-school ties", "Of all the ends of ties between two schools in the whole"
                    + " study, the share these people hold: who carries the links between schools.", true),
            new Column("Ties across schools", "Ties these people have with people of other schools (sent and"
                    + " received).", true),
            new Column("Inside or across", "From -1 (all their ties stay inside their own school) to +1 (all go to"
                    + " other schools): the E-I index.", true),
            new Column("Named by, on average", "How many people named each of them, on average.", true),
            new Column("Named, on average", "How many people each of them named, on average over those who"
                    + " answered.", true),
            new Column("Brokerage", "How often they connect two people who are not tied to each other, added up.",
                    true));

    /**
     * One attribute's table.
     *
     * @param attribute the attribute, as study.yaml names it
     * @param caption   the table's caption
     * @param rows      one per value
     */
    public record Table(String attribute, String caption, List<Row> rows) {
        public List<Column> columns() {
            return COLUMNS;
        }
    }

    /**
     * One value's row.
     *
     * @param value the value, e.g. "middle leader"
     * @param cells one per column of {@link #COLUMNS}
     */
    public record Row(String value, List<Cell> cells) {
    }

    /** The columns of every table, for the key. */
    public List<Column> columns() {
        return COLUMNS;
    }

    /**
     * The tables of some breakdowns, or {@code null} when there is nothing to show.
     *
     * @param rows     the breakdowns, attribute by attribute
     * @param where    "whole study" or the school's name, for captions
     * @param mayName  whether the page may name the people of these rows
     */
    static BreakdownTables of(List<Breakdown> rows, Programme programme, Disclosure disclosure, String where,
                              boolean mayName) {
        NameMode mode = disclosure.names();
        Map<String, List<Row>> byAttribute = new LinkedHashMap<>();
        List<String> hiddenAttributes = new ArrayList<>();
        for (BreakdownAttribute a : programme.breakdowns()) {
            boolean naming = a.source() == BreakdownAttribute.Source.ID
                    || a.source() == BreakdownAttribute.Source.NAME;
            if (naming && mode != NameMode.FULL) {
                hiddenAttributes.add(a.name());
            } else {
                byAttribute.put(a.name(), new ArrayList<>());
            }
        }
        int alone = 0;
        int small = 0;
        for (Breakdown b : rows) {
            List<Row> table = byAttribute.get(b.attribute());
            if (table != null && b.people() > 0 && !disclosure.shows(b.people())) {
                small++;
            } else if (table != null && b.people() < 2 && !mayName) {
                alone++;
            } else if (table != null) {
                table.add(row(b));
            }
        }
        List<Table> tables = new ArrayList<>();
        byAttribute.forEach((attribute, list) -> {
            if (!list.isEmpty()) {
                tables.add(new Table(attribute, "Ties across schools by " + attribute + ", " + where, list));
            }
        });
        if (tables.isEmpty() && hiddenAttributes.isEmpty() && alone == 0 && small == 0) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (!hiddenAttributes.isEmpty()) {
            notes.add("Not shown here because they would name people: " + String.join(", ", hiddenAttributes)
                    + ".");
        }
        if (alone > 0) {
            notes.add(alone + (alone == 1 ? " value is" : " values are") + " left out: each is held by one"
                    + " person only, who would be singled out.");
        }
        if (small > 0) {
            notes.add(small + (small == 1 ? " value is" : " values are") + " left out. "
                    + disclosure.withheldNote());
        }
        String title = programme.breakdowns().size() == 1 && programme.breakdowns().get(0).name().equals("role")
                ? "Who connects across schools, by role" : "Who connects across schools";
        return new BreakdownTables(title, "Each row is the people with one value: how many ties they have with"
                + " people of other schools, and how much of the study's linking between schools they carry.",
                tables, notes.isEmpty() ? null : String.join(" ", notes));
    }

    private static Row row(Breakdown b) {
        return new Row(b.value(), List.of(Cell.count(b.people()), Cell.count(b.respondents()),
                Cell.percent(b.crossSchoolShare()), Cell.count(b.crossSchoolOutTies() + b.crossSchoolInTies()),
                Cell.decimal(b.eiIndex()), Cell.decimal(b.meanInDegree()), Cell.decimal(b.meanOutDegree()),
                Cell.count(b.brokerage().total())));
    }
}
