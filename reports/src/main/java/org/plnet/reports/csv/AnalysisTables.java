package org.plnet.reports.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Person;
import org.plnet.reports.PersonColumns;
import org.plnet.reports.SchoolColumns;

/**
 * The figures of metrics.json as flat tables for spreadsheets and statistics packages: {@code people.csv}
 * and {@code schools.csv}, one row per person (school) and relation/wave, same values, same definitions.
 */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    public static SpreadsheetCsv people(StudyAnalysis analysis) {
        List<String> columns = new ArrayList<>(List.of("relation", "wave", "id", "name", "school", "role", "member"));
        PersonColumns.ALL.forEach(c -> columns.add(c.label()));
        SpreadsheetCsv table = new SpreadsheetCsv(columns);
        for (GraphAnalysis layer : analysis.analyses()) {
            for (PersonFigures f : layer.people()) {
                Person p = f.person();
                List<Object> row = new ArrayList<>(List.of(layer.relation(), layer.wave(), p.id()));
                row.addAll(Arrays.asList(p.name(), p.school(), p.role(), p.member()));
                PersonColumns.ALL.forEach(c -> row.add(c.read(f)));
                table.row(row);
            }
        }
        return table;
    }

    public static SpreadsheetCsv schools(StudyAnalysis analysis) {
        List<String> columns = new ArrayList<>(List.of("relation", "wave", "school"));
        SchoolColumns.TABLE.forEach(c -> columns.add(c.label()));
        boolean networks = ProgrammeTables.hasNetworks(analysis); // programmes.md: a school's network and links in it
        if (networks) {
            columns.addAll(ProgrammeTables.schoolColumns(SchoolColumns.LINKS.stream().map(c -> c.label()).toList()));
        }
        SpreadsheetCsv table = new SpreadsheetCsv(columns);
        for (GraphAnalysis layer : analysis.analyses()) {
            for (int g = 0; g < layer.schools().size(); g++) {
                SchoolFigures s = layer.schools().get(g);
                List<Object> row = new ArrayList<>(List.of(layer.relation(), layer.wave(), s.school()));
                SchoolColumns.TABLE.forEach(c -> row.add(c.read(s)));
                if (networks) {
                    row.addAll(ProgrammeTables.schoolCells(layer, g, SchoolColumns.LINKS));
                }
                table.row(row);
            }
        }
        return table;
    }
}
