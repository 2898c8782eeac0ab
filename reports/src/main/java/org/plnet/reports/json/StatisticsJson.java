package org.plnet.reports.json;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import com.fasterxml.jackson.core.JsonGenerator;
import org.plnet.engine.analysis.WaveChange;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.RoleValues;
import org.plnet.engine.scoring.change.TieTurnover;
import org.plnet.engine.scoring.homophily.EITest;

/**
 * The additions of statistics.md to metrics.json, written field by field as that contract lays them out:
 * {@code brokerageExpected}, {@code brokerageSd} and {@code brokerageZ} of each person (section 1),
 * {@code eiTest} of the network and of each school (section 2) and the top-level {@code changes} (section 4).
 */
final class StatisticsJson {

    private StatisticsJson() {
    }

    /** The three brokerage objects of a person; each {@code null} when the figures are undefined. */
    static void writeBrokerageChance(JsonGenerator g, BrokerageAgainstChance.Figures f) throws IOException {
        roles(g, "brokerageExpected", f, BrokerageAgainstChance.Figures::expected);
        roles(g, "brokerageSd", f, BrokerageAgainstChance.Figures::sd);
        roles(g, "brokerageZ", f, BrokerageAgainstChance.Figures::z);
    }

    private static void roles(JsonGenerator g, String field, BrokerageAgainstChance.Figures f,
                              Function<BrokerageAgainstChance.Figures, RoleValues> part) throws IOException {
        if (f == null) {
            g.writeNullField(field);
            return;
        }
        RoleValues v = part.apply(f);
        g.writeObjectFieldStart(field);
        MetricsJsonWriter.number(g, "coordinator", v.coordinator());
        MetricsJsonWriter.number(g, "itinerant", v.itinerant());
        MetricsJsonWriter.number(g, "representative", v.representative());
        MetricsJsonWriter.number(g, "gatekeeper", v.gatekeeper());
        MetricsJsonWriter.number(g, "liaison", v.liaison());
        MetricsJsonWriter.number(g, "total", v.total());
        g.writeEndObject();
    }

    /** {@code eiTest}: the object, or {@code null}. */
    static void writeEiTest(JsonGenerator g, EITest t) throws IOException {
        if (t == null) {
            g.writeNullField("eiTest");
            return;
        }
        g.writeObjectFieldStart("eiTest");
        g.writeNumberField("observed", t.observed());
        g.writeNumberField("expected", t.expected());
        g.writeNumberField("sd", t.sd());
        g.writeNumberField("pGreater", t.pGreater());
        g.writeNumberField("pLess", t.pLess());
        g.writeNumberField("permutations", t.permutations());
        g.writeNumberField("definedPermutations", t.definedPermutations());
        g.writeNumberField("seed", t.seed());
        g.writeEndObject();
    }

    /** The top-level {@code changes} array; {@code []} when no relation has two analyses. */
    static void writeChanges(JsonGenerator g, List<WaveChange> changes) throws IOException {
        g.writeArrayFieldStart("changes");
        for (WaveChange c : changes) {
            g.writeStartObject();
            g.writeStringField("relation", c.relation());
            g.writeStringField("from", c.from());
            g.writeStringField("to", c.to());
            TieTurnover t = c.ties();
            turnover(g, t.kept(), t.added(), t.lost());
            MetricsJsonWriter.number(g, "jaccard", t.jaccard());
            g.writeArrayFieldStart("people");
            for (WaveChange.PersonChange p : c.people()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeNumberField("inDegree", p.inDegree());
                if (p.outDegree() == null) {
                    g.writeNullField("outDegree");
                } else {
                    g.writeNumberField("outDegree", p.outDegree());
                }
                g.writeNumberField("betweenness", p.betweenness());
                g.writeNumberField("brokerageTotal", p.brokerageTotal());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("schools");
            for (WaveChange.SchoolChange s : c.schools()) {
                g.writeStartObject();
                g.writeStringField("school", s.school());
                MetricsJsonWriter.number(g, "reach", s.reach());
                MetricsJsonWriter.number(g, "tieStrength", s.tieStrength());
                g.writeNumberField("twoWayLinks", s.twoWayLinks());
                g.writeBooleanField("twoWayLinkedFrom", s.twoWayLinkedFrom());
                g.writeBooleanField("twoWayLinkedTo", s.twoWayLinkedTo());
                g.writeNumberField("respondents", s.respondents());
                turnover(g, s.turnover().kept(), s.turnover().added(), s.turnover().lost());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void turnover(JsonGenerator g, long kept, long added, long lost) throws IOException {
        g.writeNumberField("kept", kept);
        g.writeNumberField("new", added);
        g.writeNumberField("lost", lost);
    }
}
