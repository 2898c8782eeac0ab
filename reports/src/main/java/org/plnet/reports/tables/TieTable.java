package org.plnet.reports.tables;

import java.util.List;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.reports.csv.SpreadsheetCsv;

/**
 * {@code ties.csv}: every kept tie of the study (study-format.md: self-ties, weight-0 rows and duplicates
 * already dealt with), one row per tie, with the columns
 * <ul>
 *   <li>{@code relation}, {@code wave}: the layer of the tie;
 *   <li>{@code source}, {@code target}: the ids of the person who reported the tie and of the person named;
 *   <li>{@code weight}: the reported weight (the maximum of merged duplicates);
 *   <li>{@code inGraph}: {@code true} when the weight reaches the relation's {@code tieMin}, i.e. the tie
 *       is in the graph D that every figure of metrics.json counts; {@code false} for a kept row below it.
 * </ul>
 * Rows are ordered by relation, then wave (code point order, as in metrics.json), then source, then target
 * in roster order. Ids are text cells, neutralised like every text cell of the CSV tables, so they match
 * the {@code id} column of people.csv.
 */
public final class TieTable {

    /** The columns that hold text, whatever they look like. */
    public static final List<String> TEXT_COLUMNS = List.of("relation", "wave", "source", "target");

    private TieTable() {
    }

    public static SpreadsheetCsv of(Study study) {
        SpreadsheetCsv table = new SpreadsheetCsv("relation", "wave", "source", "target", "weight", "inGraph");
        List<Person> people = study.people();
        for (KeptTies layer : study.layers()) {
            Relation relation = study.relation(layer.relation());
            for (int k = 0; k < layer.size(); k++) {
                table.row(layer.relation(), layer.wave(), people.get(layer.source(k)).id(),
                        people.get(layer.target(k)).id(), layer.weight(k), relation.isTie(layer.weight(k)));
            }
        }
        return table;
    }
}
