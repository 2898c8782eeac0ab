package org.plnet.surveys.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnet.engine.model.Relation;

/** Renders an {@link ImportReport} as plain text. */
final class ImportReportText {

    private final StringBuilder out = new StringBuilder();

    private ImportReportText() {
    }

    static String render(ImportReport report) {
        ImportReportText t = new ImportReportText();
        t.write(report);
        return t.out.toString();
    }

    /** A weight or threshold without a needless ".0": 4, 2.5. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private void write(ImportReport r) {
        line("Import report for study \"" + r.studyName() + "\"");
        r.description().ifPresent(d -> d.strip().lines().forEach(l -> line("  " + l)));
        line("");
        line("People: " + r.people());
        r.respondentBasis().ifPresent(b -> line("Respondents: " + b.description()));
        if (r.respondentRowsSkipped() > 0) {
            line("respondents.csv rows skipped: " + r.respondentRowsSkipped());
        }
        for (WaveResponse wave : r.response()) {
            writeWave(wave);
        }
        for (RelationSettings settings : r.relations()) {
            writeRelation(settings, r.layers());
        }
        for (ReportSection section : r.sections()) {
            line("");
            line(section.title());
            for (String l : section.lines()) {
                line("  " + l);
            }
        }
        line("");
        int errors = r.errors().size();
        int warnings = r.issues().size() - errors;
        line("Issues: " + plural(errors, "error") + ", " + plural(warnings, "warning"));
        for (ImportIssue issue : r.issues()) {
            line("  " + issue);
        }
    }

    private void writeWave(WaveResponse wave) {
        line("");
        line("Response in wave " + wave.wave());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"school", "staff", "respondents", "response rate"});
        for (SchoolResponse s : wave.schools()) {
            rows.add(new String[] {s.label(), Integer.toString(s.staff()), Integer.toString(s.respondents()),
                percent(s.responseRate())});
        }
        rows.add(new String[] {"all", Integer.toString(wave.staff()), Integer.toString(wave.respondents()),
            percent(wave.responseRate())});
        table(rows);
    }

    private void writeRelation(RelationSettings s, List<TieRowCounts> layers) {
        Relation rel = s.relation();
        line("");
        line("Relation " + rel.name());
        if (rel.question() != null) {
            line("  question: " + rel.question());
        }
        line("  flow: " + rel.flow().label() + " (" + s.flowOrigin().label() + ")");
        line("  scaleMax: " + number(rel.scaleMax()) + " (" + s.scaleMaxOrigin().label() + ")");
        String tieMin = rel.anyPositiveWeightIsTie() ? "any weight > 0" : number(rel.tieMin());
        line("  tieMin: " + tieMin + " (" + s.tieMinOrigin().label() + ")");
        line("  strongTieMin: " + number(rel.strongTieMin()) + " (" + s.strongTieMinOrigin().label() + ")");
        for (TieRowCounts c : layers) {
            if (c.relation().equals(rel.name())) {
                line("  wave " + c.wave() + ": " + plural(c.rowsRead(), "row") + " read, "
                        + plural(c.tiesKept(), "tie") + " kept (" + c.tiesInD() + " in D, "
                        + c.belowTieMin() + " below tieMin), "
                        + plural(c.duplicatesMerged(), "duplicate row") + " merged, "
                        + plural(c.selfTiesDropped(), "self-tie") + " dropped, "
                        + plural(c.noTieRows(), "row") + " with weight 0 (no tie), "
                        + plural(c.rowsSkipped(), "row") + " skipped");
            }
        }
    }

    private void table(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder s = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                int pad = width[c] - row[c].codePointCount(0, row[c].length());
                if (c == 0) {
                    s.append(row[c]).append(" ".repeat(pad));
                } else {
                    s.append("  ").append(" ".repeat(pad)).append(row[c]);
                }
            }
            line(s.toString());
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void line(String s) {
        out.append(ImportIssue.oneLine(s)).append('\n');
    }
}
