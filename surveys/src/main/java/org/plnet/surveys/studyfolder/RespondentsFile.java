package org.plnet.surveys.studyfolder;

import org.plnet.surveys.ReadMode;
import java.util.BitSet;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.surveys.report.ImportReport;

/**
 * respondents.csv (study-format.md, "Respondents", rule 2): columns {@code id,wave}, exactly the people who
 * answered in each wave.
 *
 * @param byWave  who answered, per wave in code point order
 * @param skipped rows skipped in lenient mode (an id not in people.csv)
 */
record RespondentsFile(SortedMap<String, BitSet> byWave, int skipped) {

    static final String DEFAULT_WAVE = "1";

    /** The respondents per wave, or {@code null} after reporting a header without {@code id} or bad CSV. */
    static RespondentsFile read(CsvFile table, Roster roster, ReadMode mode, ImportReport.Builder report) {
        TreeMap<String, BitSet> byWave = new TreeMap<>(CodePointOrder.INSTANCE);
        if (!table.require("id")) {
            table.forEachRow(row -> { });
            return null;
        }
        int idColumn = table.column("id");
        int waveColumn = table.column("wave");
        int[] skipped = {0};
        boolean complete = table.forEachRow(row -> {
            String id = row.cell(idColumn).trim();
            String wave = waveColumn < 0 || row.cell(waveColumn).isBlank() ? DEFAULT_WAVE
                    : row.cell(waveColumn).trim();
            BitSet answered = byWave.computeIfAbsent(wave, w -> new BitSet());
            int person = roster.indexOf(id);
            if (person >= 0) {
                answered.set(person);
            } else if (!roster.isRejected(id)) { // a rejected id's row of people.csv is reported there
                String problem = id.isEmpty() ? "id is empty" : "id '" + id + "' is not in people.csv";
                if (mode == ReadMode.LENIENT) {
                    report.warning(table.at(row, idColumn), problem + ": row skipped (lenient mode)");
                    skipped[0]++;
                } else {
                    report.error(table.at(row, idColumn), problem);
                }
            }
        });
        if (!complete) {
            return null;
        }
        return new RespondentsFile(Collections.unmodifiableSortedMap(byWave), skipped[0]);
    }
}
