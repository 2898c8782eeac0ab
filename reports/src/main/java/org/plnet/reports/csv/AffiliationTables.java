package org.plnet.reports.csv;

import java.util.List;
import org.plnet.engine.analysis.AttendeeFigures;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.WaveAffiliations;
import org.plnet.engine.model.Person;

/**
 * metrics.json's {@code affiliations[]} (affiliations.md, section 3) as flat tables, same values, same
 * definitions: {@code events.csv}, one row per event and wave, and {@code attendance-figures.csv}, one row per
 * person and wave.
 */
public final class AffiliationTables {

    private AffiliationTables() {
    }

    /** One row per event with attendance in a wave, in the order the events were held. */
    public static SpreadsheetCsv events(StudyAnalysis analysis) {
        SpreadsheetCsv table = new SpreadsheetCsv(List.of("wave", "id", "name", "date", "type", "size", "schools",
                "members", "crossSchoolPairs", "newCrossSchoolPairs", "degreeCentrality", "betweenness",
                "closeness"));
        for (WaveAffiliations wave : analysis.affiliations()) {
            for (EventFigures e : wave.eventFigures()) {
                table.row(wave.wave(), e.event().id(), e.event().name(),
                        e.event().date() == null ? null : e.event().date().toString(), e.event().type(), e.size(),
                        e.schools(), e.members(), e.crossSchoolPairs(), e.newCrossSchoolPairs(),
                        e.degreeCentrality(), e.betweenness(), e.closeness());
            }
        }
        return table;
    }

    /** One row per person of the roster and wave with attendance; empty centralities for those at nothing. */
    public static SpreadsheetCsv people(StudyAnalysis analysis) {
        SpreadsheetCsv table = new SpreadsheetCsv(List.of("wave", "id", "name", "school", "member", "events",
                "degreeCentrality", "betweenness", "closeness"));
        for (WaveAffiliations wave : analysis.affiliations()) {
            for (AttendeeFigures f : wave.peopleFigures()) {
                Person p = f.person();
                table.row(wave.wave(), p.id(), p.name(), p.school(), p.member(), f.events(), f.degreeCentrality(),
                        f.betweenness(), f.closeness());
            }
        }
        return table;
    }
}
