package org.plnet.surveys.rows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.RelationSettings;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.report.SchoolResponse;
import org.plnet.surveys.report.TieRowCounts;
import org.plnet.surveys.report.WaveResponse;
import org.plnet.surveys.studyfolder.Roster;
import org.plnet.surveys.studyfolder.RelationSpec;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/**
 * Applies the study-format rules (study-format.md, "Respondents" and "ties.csv"; the {@link TieRule}) to a
 * study's {@link StudyRows} and builds the {@link Study}, reporting every row it drops or rejects. The one
 * place these rules live, whichever file or export a row came from.
 */
public final class StudyBuilder {

    private final StudyRows rows;
    private final Roster roster;
    private final ReadMode mode;
    private final ImportReport.Builder report;
    private Programme programme;
    /** Per relation, per wave, in code point order. */
    private final SortedMap<String, SortedMap<String, RelationWaveRows>> layers =
            new TreeMap<>(CodePointOrder.INSTANCE);
    /** Every wave of a tie row. */
    private final SortedSet<String> waves = new TreeSet<>(CodePointOrder.INSTANCE);
    /** Per wave: the sources of at least one kept row (rule 3 of "Respondents"). */
    private final SortedMap<String, BitSet> sourcesOfKeptRows = new TreeMap<>(CodePointOrder.INSTANCE);
    /** Per wave: who the respondent rows list (rule 2 of "Respondents"). */
    private final SortedMap<String, BitSet> listed = new TreeMap<>(CodePointOrder.INSTANCE);
    /** The events and who attended them, or null. */
    private Affiliations affiliations;

    private StudyBuilder(StudyRows rows, ReadMode mode, ImportReport.Builder report) {
        this.rows = rows;
        this.roster = rows.people();
        this.mode = mode;
        this.report = report;
    }

    /**
     * The study of {@code rows} named {@code studyName}, or {@code null} when a row is in error or the rows
     * cannot make a study (no ties.csv, an unreadable respondents.csv); everything reported to {@code report}.
     */
    public static Study build(StudyRows rows, String studyName, ReadMode mode, ImportReport.Builder report) {
        return build(rows, null, null, studyName, mode, report);
    }

    /**
     * The study of {@code rows} with the attendance {@code affiliations} (null when it has none) and its school
     * level {@code programme} (programmes.md; null when the study has no schools.csv or breakdowns), as
     * {@link #build(StudyRows, String, ReadMode, ImportReport.Builder)}; the waves with attendance are waves of
     * the study, whose survey respondents the import report counts.
     */
    public static Study build(StudyRows rows, Affiliations affiliations, Programme programme, String studyName,
                              ReadMode mode, ImportReport.Builder report) {
        StudyBuilder builder = new StudyBuilder(rows, mode, report);
        builder.affiliations = affiliations;
        builder.programme = programme;
        if (affiliations != null) {
            builder.waves.addAll(affiliations.waves());
        }
        builder.checkRespondents();
        if (rows.ties().isEmpty() || rows.basis() == RespondentBasis.RESPONDENTS_FILE
                && rows.reading() == StudyRows.Reading.INCOMPLETE) {
            return null;
        }
        report.respondentBasis(rows.basis());
        rows.ties().get().forEach(builder::checkTie);
        return builder.assemble(studyName);
    }

    private void checkRespondents() {
        int skipped = 0;
        for (RespondentRow row : rows.respondents()) {
            BitSet answered = listed.computeIfAbsent(row.wave(), w -> new BitSet());
            int person = roster.indexOf(row.id());
            if (person >= 0) {
                answered.set(person);
            } else if (!roster.isRejected(row.id())) { // a rejected id's row of people.csv is reported there
                String problem = row.id().isEmpty() ? "id is empty" : "id '" + row.id() + "' is not in people.csv";
                if (mode == ReadMode.LENIENT) {
                    report.warning(row.at(), problem + ": row skipped (lenient mode)");
                    skipped++;
                } else {
                    report.error(row.at(), problem);
                }
            }
        }
        if (rows.reading() == StudyRows.Reading.COMPLETE) {
            report.respondentRowsSkipped(skipped);
        }
    }

    private void checkTie(TieRow row) {
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
        Contradiction contradiction = contradiction(row, s, t, w);
        if (contradiction != null) {
            skipOrFail(layer, contradiction.at(), contradiction.problem());
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

    /** What a tie row contradicts in the study, at the cell that does. */
    private record Contradiction(SourceLocation at, String problem) {
    }

    /** What a tie row contradicts in the study (a weight above scaleMax, a source who did not answer), or null. */
    private Contradiction contradiction(TieRow row, int s, int t, double w) {
        RelationSpec spec = rows.settings().relation(row.relation());
        if (spec != null && spec.scaleMax() != null && w > spec.scaleMax().value()) {
            // without a weight cell the weight is the default 1, which a scaleMax below 1 still excludes
            SourceLocation setAt = spec.scaleMax().at();
            return new Contradiction(row.weightAt(), "weight " + Decimal.text(w) + " is above scaleMax "
                    + Decimal.text(spec.scaleMax().value()) + " of relation " + row.relation()
                    + (setAt.file().equals(StudyFolderReader.STUDY_YAML) ? " (study.yaml line " + setAt.line() + ")"
                    : " (as the export " + setAt.file() + " gives it)"));
        }
        if (!answered(s, row.wave())) {
            String why = rows.basis() == RespondentBasis.PEOPLE_COLUMN
                    ? "the respondent column of people.csv says no"
                    : "respondents.csv does not list them for wave " + row.wave();
            return new Contradiction(row.sourceAt(), roster.id(s) + " is not a respondent in wave " + row.wave()
                    + " (" + why + ") yet this row reports a tie to " + roster.id(t));
        }
        return null;
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
        return switch (rows.basis()) {
            case PEOPLE_COLUMN -> roster.saysRespondent(person);
            case RESPONDENTS_FILE -> {
                BitSet who = listed.get(wave);
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

    private Study assemble(String studyName) {
        SortedSet<String> relationNames = new TreeSet<>(CodePointOrder.INSTANCE);
        relationNames.addAll(rows.settings().relations().keySet());
        relationNames.addAll(layers.keySet());
        Study.Builder study = Study.builder(studyName);
        if (rows.settings().pseudonymSeed() != null) {
            study.pseudonymSeed(rows.settings().pseudonymSeed().value());
        }
        if (programme != null) {
            study.programme(programme);
        }
        for (Person p : roster.people()) {
            study.addPerson(p);
        }
        for (String name : relationNames) {
            SortedMap<String, RelationWaveRows> byWave = layers.get(name);
            List<RelationWaveRows> ofRelation = byWave == null ? List.of() : new ArrayList<>(byWave.values());
            RelationSettings settings = RelationResolver.resolve(name, rows.settings().relation(name), ofRelation,
                    report);
            report.relation(settings);
            study.relation(settings.relation());
            for (RelationWaveRows layer : ofRelation) {
                TieRowCounts counts = layer.counts(settings.relation());
                report.layer(counts);
                if (counts.tiesKept() > 0 && report.errorCount() == 0) {
                    study.layer(layer.layer());
                }
            }
        }
        SortedMap<String, BitSet> respondents = respondents();
        respondents.forEach(study::respondents);
        respondents.forEach((wave, who) -> report.response(response(wave, who)));
        if (affiliations != null) {
            study.affiliations(affiliations);
        }
        return report.errorCount() == 0 ? study.build() : null;
    }

    /** Who answered in each wave (study-format.md, "Respondents"). */
    private SortedMap<String, BitSet> respondents() {
        SortedSet<String> allWaves = new TreeSet<>(CodePointOrder.INSTANCE);
        allWaves.addAll(waves);
        if (rows.basis() == RespondentBasis.RESPONDENTS_FILE) {
            allWaves.addAll(listed.keySet());
        }
        if (allWaves.isEmpty()) {
            allWaves.add(StudyRows.DEFAULT_WAVE);
        }
        SortedMap<String, BitSet> byWave = new TreeMap<>(CodePointOrder.INSTANCE);
        for (String wave : allWaves) {
            BitSet who = switch (rows.basis()) {
                case PEOPLE_COLUMN -> roster.respondentColumn();
                case RESPONDENTS_FILE -> listed.getOrDefault(wave, new BitSet());
                case TIE_SOURCES -> sourcesOfKeptRows.getOrDefault(wave, new BitSet());
            };
            byWave.put(wave, (BitSet) who.clone());
        }
        return byWave;
    }

    private WaveResponse response(String wave, BitSet who) {
        Map<String, int[]> bySchool = new LinkedHashMap<>();
        int[] noSchool = new int[2];
        for (int i = 0; i < roster.size(); i++) {
            Person p = roster.people().get(i);
            int[] counts = p.hasSchool() ? bySchool.computeIfAbsent(p.school(), s -> new int[2]) : noSchool;
            counts[0]++;
            if (who.get(i)) {
                counts[1]++;
            }
        }
        List<SchoolResponse> schools = new ArrayList<>();
        bySchool.forEach((school, c) -> schools.add(new SchoolResponse(school, c[0], c[1])));
        if (noSchool[0] > 0) {
            schools.add(new SchoolResponse(null, noSchool[0], noSchool[1]));
        }
        return new WaveResponse(wave, schools);
    }
}
