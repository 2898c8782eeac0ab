package org.plnet.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.plnet.engine.analysis.AttendeeFigures;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.analysis.WaveAffiliations;

/**
 * Writes metrics.json's top-level {@code affiliations[]} exactly as affiliations.md, section 3 lays it out: one
 * entry per wave with attendance, field by field; {@code []} for a study without attendance.
 */
final class AffiliationsJson {

    private AffiliationsJson() {
    }

    static void write(JsonGenerator g, List<WaveAffiliations> waves) throws IOException {
        g.writeArrayFieldStart("affiliations");
        for (WaveAffiliations wave : waves) {
            g.writeStartObject();
            g.writeStringField("wave", wave.wave());
            g.writeNumberField("events", wave.events());
            g.writeNumberField("attendances", wave.attendances());
            g.writeArrayFieldStart("eventFigures");
            for (EventFigures e : wave.eventFigures()) {
                writeEvent(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("peopleFigures");
            for (AttendeeFigures p : wave.peopleFigures()) {
                writePerson(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEvent(JsonGenerator g, EventFigures e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.event().id());
        g.writeStringField("name", e.event().name());
        g.writeNumberField("size", e.size());
        g.writeNumberField("schools", e.schools());
        g.writeNumberField("members", e.members());
        g.writeNumberField("crossSchoolPairs", e.crossSchoolPairs());
        g.writeNumberField("newCrossSchoolPairs", e.newCrossSchoolPairs());
        MetricsJsonWriter.number(g, "degreeCentrality", e.degreeCentrality());
        MetricsJsonWriter.number(g, "betweenness", e.betweenness());
        MetricsJsonWriter.number(g, "closeness", e.closeness());
        g.writeEndObject();
    }

    private static void writePerson(JsonGenerator g, AttendeeFigures p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.person().id());
        g.writeNumberField("events", p.events());
        MetricsJsonWriter.number(g, "degreeCentrality", p.degreeCentrality());
        MetricsJsonWriter.number(g, "betweenness", p.betweenness());
        MetricsJsonWriter.number(g, "closeness", p.closeness());
        g.writeEndObject();
    }
}
