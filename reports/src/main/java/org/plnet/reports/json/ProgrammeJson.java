package org.plnet.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.plnet.engine.analysis.LearningNetworkFigures;
import org.plnet.engine.analysis.ProgrammeFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.SchoolProgrammeFigures;
import org.plnet.engine.scoring.breakdowns.Breakdown;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;

/**
 * Writes the fields programmes.md adds to metrics.json, field by field in the order of the spec's tables,
 * each after the fields metrics.md and statistics.md give the same object: {@code networks} and
 * {@code eiIndexNetworks} in {@code network}; {@code network} in a person; {@code network},
 * {@code linksWithinNetwork}, {@code attributes} and {@code breakdowns} in a school; {@code networks[]} and
 * {@code breakdowns[]} in an analysis.
 */
final class ProgrammeJson {

    private ProgrammeJson() {
    }

    /** In {@code network}: the count of networks and the E-I index with groups = networks. */
    static void writeNetworkFields(JsonGenerator g, ProgrammeFigures p) throws IOException {
        g.writeNumberField("networks", p.networks().size());
        MetricsJsonWriter.number(g, "eiIndexNetworks", p.eiIndexNetworks());
    }

    /** In a person: their school's network. */
    static void writePersonFields(JsonGenerator g, ProgrammeFigures p, int person) throws IOException {
        g.writeStringField("network", p.personNetworks().get(person));
    }

    /**
     * In a school: its network, its links within the network (the fields of {@code links}, in the same
     * order), its attributes and its breakdowns.
     */
    static void writeSchoolFields(JsonGenerator g, ProgrammeFigures p, int school, SchoolFigures s)
            throws IOException {
        SchoolProgrammeFigures f = p.schools().get(school);
        g.writeStringField("network", f.network());
        if (f.linksWithinNetwork() == null) {
            g.writeNullField("linksWithinNetwork");
        } else {
            g.writeObjectFieldStart("linksWithinNetwork");
            // the very columns of links, read from the school's figures with the links within its network
            MetricsJsonWriter.linkFields(g, new SchoolFigures(s.school(), s.staff(), s.members(), s.respondents(),
                    s.internalTies(), s.externalTies(), s.eiIndex(), s.density(), f.linksWithinNetwork(),
                    s.eiTest()));
            g.writeEndObject();
        }
        g.writeObjectFieldStart("attributes");
        for (int c = 0; c < p.attributeColumns().size(); c++) {
            g.writeStringField(p.attributeColumns().get(c), f.attributes().get(c));
        }
        g.writeEndObject();
        writeBreakdowns(g, f.breakdowns());
    }

    /** In an analysis, after {@code schools}: {@code networks[]} and {@code breakdowns[]}. */
    static void writeAnalysisFields(JsonGenerator g, ProgrammeFigures p) throws IOException {
        g.writeArrayFieldStart("networks");
        for (LearningNetworkFigures n : p.networks()) {
            g.writeStartObject();
            g.writeStringField("network", n.network());
            g.writeNumberField("schools", n.schools());
            g.writeNumberField("staff", n.staff());
            g.writeNumberField("members", n.members());
            g.writeNumberField("respondents", n.respondents());
            g.writeNumberField("internalTies", n.internalTies());
            g.writeNumberField("crossSchoolTies", n.crossSchoolTies());
            g.writeNumberField("externalTies", n.externalTies());
            MetricsJsonWriter.number(g, "eiIndex", n.eiIndex());
            MetricsJsonWriter.number(g, "density", n.density());
            MetricsJsonWriter.number(g, "crossSchoolDensity", n.crossSchoolDensity());
            g.writeNumberField("schoolsTwoWayLinked", n.schoolsTwoWayLinked());
            MetricsJsonWriter.number(g, "reach", n.reach());
            MetricsJsonWriter.number(g, "tieStrength", n.tieStrength());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeBreakdowns(g, p.breakdowns());
    }

    private static void writeBreakdowns(JsonGenerator g, List<Breakdown> rows) throws IOException {
        g.writeArrayFieldStart("breakdowns");
        for (Breakdown b : rows) {
            g.writeStartObject();
            g.writeStringField("attribute", b.attribute());
            g.writeStringField("value", b.value());
            g.writeNumberField("people", b.people());
            g.writeNumberField("respondents", b.respondents());
            g.writeNumberField("outTies", b.outTies());
            g.writeNumberField("inTies", b.inTies());
            g.writeNumberField("crossSchoolOutTies", b.crossSchoolOutTies());
            g.writeNumberField("crossSchoolInTies", b.crossSchoolInTies());
            MetricsJsonWriter.number(g, "crossSchoolShare", b.crossSchoolShare());
            MetricsJsonWriter.number(g, "eiIndex", b.eiIndex());
            g.writeNumberField("meanInDegree", b.meanInDegree());
            g.writeNumberField("meanBetweenness", b.meanBetweenness());
            MetricsJsonWriter.number(g, "meanOutDegree", b.meanOutDegree());
            BrokerageCounts c = b.brokerage();
            g.writeObjectFieldStart("brokerage");
            g.writeNumberField("coordinator", c.coordinator());
            g.writeNumberField("itinerant", c.itinerant());
            g.writeNumberField("representative", c.representative());
            g.writeNumberField("gatekeeper", c.gatekeeper());
            g.writeNumberField("liaison", c.liaison());
            g.writeNumberField("total", c.total());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
