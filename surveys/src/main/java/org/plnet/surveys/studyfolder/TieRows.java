package org.plnet.surveys.studyfolder;

import org.plnet.surveys.ReadMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.rows.TieRow;
import org.plnet.surveys.rows.TieRule;

/**
 * Reads the rows of ties.csv (study-format.md, "ties.csv") against the roster: checks each row, applies the
 * {@link TieRule} (self-ties and weight-0 rows dropped, duplicates merged), and notes who is the source of a
 * kept row in each wave.
 */
final class TieRows {

    private final CsvFile table;
    private final Roster roster;
    private final StudyYaml yaml;
    private final RespondentBasis basis;
    private final RespondentsFile listed;
    private final ReadMode mode;
    private final ImportReport.Builder report;

    /** Per relation, per wave, in code point order. */
    final SortedMap<String, SortedMap<String, RelationWaveRows>> layers = new TreeMap<>(CodePointOrder.INSTANCE);
    /** Every wave of a data row. */
    final SortedSet<String> waves = new TreeSet<>(CodePointOrder.INSTANCE);
    /** Per wave: the sources of at least one kept row (rule 3 of "Respondents"). */
    final SortedMap<String, BitSet> sourcesOfKeptRows = new TreeMap<>(CodePointOrder.INSTANCE);

    private int source;
    private int target;
    private int relationColumn;
    private int weightColumn;
    private int waveColumn;

    private TieRows(CsvFile table, Roster roster, StudyYaml yaml, RespondentBasis basis, RespondentsFile listed,
                    ReadMode mode, ImportReport.Builder report) {
        this.table = table;
        this.roster = roster;
        this.yaml = yaml;
        this.basis = basis;
        this.listed = listed;
        this.mode = mode;
        this.report = report;
    }

    /**
     * @param listed who answered per respondents.csv, when {@code basis} is
     *               {@link RespondentBasis#RESPONDENTS_FILE}; otherwise ignored
     */
    static TieRows read(CsvFile table, Roster roster, StudyYaml yaml, RespondentBasis basis,
                        RespondentsFile listed, ReadMode mode, ImportReport.Builder report) {
        TieRows rows = new TieRows(table, roster, yaml, basis, listed, mode, report);
        if (table.require("source", "target")) {
            rows.readAll();
        } else {
            table.forEachRow(row -> { });
        }
        return rows;
    }

    /** No rows: the study has no ties.csv (its study.yaml names survey exports instead). */
    static TieRows none(Roster roster, StudyYaml yaml, RespondentBasis basis, RespondentsFile listed,
                        ReadMode mode, ImportReport.Builder report) {
        return new TieRows(null, roster, yaml, basis, listed, mode, report);
    }

    private void readAll() {
        source = table.column("source");
        target = table.column("target");
        relationColumn = table.column("relation");
        weightColumn = table.column("weight");
        waveColumn = table.column("wave");
        table.forEachRow(row -> readRow(new TieRow(row.cell(source).trim(), row.cell(target).trim(),
                orDefault(row, relationColumn, Relation.DEFAULT_NAME),
                orDefault(row, waveColumn, RespondentsFile.DEFAULT_WAVE),
                weightColumn < 0 ? null : row.cell(weightColumn), table.at(row), table.at(row, source),
                table.at(row, target), weightColumn < 0 ? table.at(row) : table.at(row, weightColumn))));
    }

    /** Reads rows that no ties.csv holds: the ties of the survey exports study.yaml names. */
    void readAll(List<TieRow> rows) {
        rows.forEach(this::readRow);
    }

    private void readRow(TieRow row) {
        String relation = row.relation();
        String wave = row.wave();
        waves.add(wave);
        RelationWaveRows layer = layers.computeIfAbsent(relation, r -> new TreeMap<>(CodePointOrder.INSTANCE))
                .computeIfAbsent(wave, w -> new RelationWaveRows(relation, wave));
        layer.rowsRead++;

        boolean error = false;
        WeightCell.Parsed weight = row.weight() == null ? new WeightCell.Parsed(1, null)
                : WeightCell.parse(row.weight());
        if (weight.problem() != null) {
            report.error(row.weightAt(), weight.problem());
            error = true;
        }
        int s = person(row.source(), row.sourceAt(), "source");
        int t = person(row.target(), row.targetAt(), "target");
        if (s < 0 || t < 0) {
            if (TieRule.skipsUnknownPeople(mode) && !error) {
                layer.skipped++;
            }
            return;
        }
        if (error) {
            return;
        }
        double w = weight.weight();
        TieRule.Kind kind = TieRule.kind(s, t, w);
        if (kind == TieRule.Kind.NO_TIE) {
            layer.noTie++;
            return;
        }
        if (kind == TieRule.Kind.SELF_TIE) {
            report.warning(row.sourceAt(), "self-tie " + roster.id(s) + " -> " + roster.id(t)
                    + ": row dropped");
            layer.selfTies++;
            return;
        }
        RelationSpec spec = yaml.relation(relation);
        if (spec != null && spec.scaleMax() != null && w > spec.scaleMax().value()) {
            // without a weight cell the weight is the default 1, which a scaleMax below 1 still excludes
            SourceLocation setAt = spec.scaleMax().at();
            String problem = "weight " + Decimal.text(w) + " is above scaleMax "
                    + Decimal.text(spec.scaleMax().value()) + " of relation " + relation
                    + (setAt.file().equals(StudyFolderReader.STUDY_YAML) ? " (study.yaml line " + setAt.line() + ")"
                    : " (as the export " + setAt.file() + " gives it)");
            skipOrFail(layer, row.weightAt(), problem);
            return;
        }
        if (!answered(s, wave)) {
            String why = basis == RespondentBasis.PEOPLE_COLUMN
                    ? "the respondent column of people.csv says no"
                    : "respondents.csv does not list them for wave " + wave;
            String problem = roster.id(s) + " is not a respondent in wave " + wave + " (" + why
                    + ") yet this row reports a tie to " + roster.id(t);
            skipOrFail(layer, row.sourceAt(), problem);
            return;
        }
        int firstLine = layer.keep(s, t, w, row.at().line());
        sourcesOfKeptRows.computeIfAbsent(wave, x -> new BitSet()).set(s);
        if (firstLine > 0) {
            report.warning(row.at(), "duplicate row " + roster.id(s) + " -> " + roster.id(t)
                    + " (relation " + relation + ", wave " + wave + "), first on line " + firstLine
                    + ": merged, keeping the larger weight");
        }
    }

    /** Reports a row that contradicts the study: an error, or in lenient mode a skipped row. */
    private void skipOrFail(RelationWaveRows layer, SourceLocation at, String problem) {
        if (mode == ReadMode.LENIENT) {
            report.warning(at, problem + ": row skipped (lenient mode)");
            layer.skipped++;
        } else {
            report.error(at, problem);
        }
    }

    private boolean answered(int person, String wave) {
        return switch (basis) {
            case PEOPLE_COLUMN -> roster.saysRespondent(person);
            case RESPONDENTS_FILE -> {
                BitSet who = listed.byWave().get(wave);
                yield who != null && who.get(person);
            }
            case TIE_SOURCES -> true;
        };
    }

    /** The index of the person a cell names, or -1 after reporting an id not in people.csv. */
    private int person(String id, SourceLocation at, String what) {
        int index = roster.indexOf(id);
        if (index >= 0 || roster.isRejected(id)) {
            return index;
        }
        String problem = id.isEmpty() ? what + " is empty" : what + " '" + id + "' is not in people.csv";
        if (TieRule.skipsUnknownPeople(mode)) {
            report.warning(at, problem + ": row skipped (lenient mode)");
        } else {
            report.error(at, problem);
        }
        return -1;
    }

    private static String orDefault(CsvFile.Row row, int column, String fallback) {
        if (column < 0) {
            return fallback;
        }
        String value = row.cell(column).trim();
        return value.isEmpty() ? fallback : value;
    }

    /** The accumulators of one relation, by wave; empty when ties.csv has no row of it. */
    List<RelationWaveRows> layersOf(String relation) {
        SortedMap<String, RelationWaveRows> byWave = layers.get(relation);
        return byWave == null ? List.of() : new ArrayList<>(byWave.values());
    }
}
