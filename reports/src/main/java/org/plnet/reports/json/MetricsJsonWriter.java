package org.plnet.reports.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.scoring.centrality.BetweennessSampling;
import org.plnet.engine.analysis.NetworkFigures;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Person;
import org.plnet.engine.scoring.links.NetworkLinks;
import org.plnet.reports.FigureColumn;
import org.plnet.reports.PersonColumns;
import org.plnet.reports.SchoolColumns;

/**
 * Writes {@code metrics.json} exactly as the contract metrics.md lays it out: field names, nesting and order
 * are written by hand here, not derived from the records, so that renaming a Java component can never
 * change the public file. Undefined values are JSON {@code null}; output is UTF-8 with LF line ends,
 * two-space indentation and a final newline, identical for identical analyses.
 */
public final class MetricsJsonWriter {

    /** The {@code formatVersion} written into the file. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private MetricsJsonWriter() {
    }

    public static void write(StudyAnalysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("study", analysis.study());
            g.writeArrayFieldStart("analyses");
            for (GraphAnalysis layer : analysis.analyses()) {
                writeLayer(g, layer);
            }
            g.writeEndArray();
            StatisticsJson.writeChanges(g, analysis.changes());
            AffiliationsJson.write(g, analysis.affiliations());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeLayer(JsonGenerator g, GraphAnalysis layer) throws IOException {
        g.writeStartObject();
        g.writeStringField("relation", layer.relation());
        g.writeStringField("wave", layer.wave());
        writeSampling(g, layer.betweennessSampling());
        writeNetwork(g, layer.network(), layer);
        g.writeArrayFieldStart("people");
        for (int i = 0; i < layer.people().size(); i++) {
            writePerson(g, layer.people().get(i), layer, i);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("schools");
        for (int i = 0; i < layer.schools().size(); i++) {
            writeSchool(g, layer.schools().get(i), layer, i);
        }
        g.writeEndArray();
        ProgrammeJson.writeAnalysisFields(g, layer.programme());
        g.writeEndObject();
    }

    /**
     * How betweenness was sampled (docs/decisions.md): method, bound and sample size beside the figures; nothing
     * when it is exact, the default, so that exact files stay as metrics.md lays them out.
     */
    private static void writeSampling(JsonGenerator g, BetweennessSampling sampling) throws IOException {
        if (sampling == null) {
            return;
        }
        g.writeStringField("betweennessMethod", "sampled");
        g.writeNumberField("epsilon", sampling.epsilon());
        g.writeNumberField("confidence", sampling.confidence());
        g.writeNumberField("samples", sampling.samples());
    }

    private static void writeNetwork(JsonGenerator g, NetworkFigures n, GraphAnalysis layer) throws IOException {
        g.writeObjectFieldStart("network");
        g.writeNumberField("people", n.people());
        g.writeNumberField("ties", n.ties());
        g.writeNumberField("density", n.density());
        number(g, "reciprocity", n.reciprocity());
        number(g, "transitivity", n.transitivity());
        g.writeNumberField("weakComponents", n.weakComponents());
        g.writeNumberField("largestComponentShare", n.largestComponentShare());
        number(g, "eiIndex", n.eiIndex());
        number(g, "degreeCentralization", n.degreeCentralization());
        NetworkLinks links = n.links();
        g.writeObjectFieldStart("links");
        g.writeNumberField("schools", links.schools());
        g.writeNumberField("schoolsTwoWayLinked", links.schoolsTwoWayLinked());
        number(g, "reach", links.reach());
        number(g, "tieStrength", links.tieStrength());
        g.writeEndObject();
        StatisticsJson.writeEiTest(g, n.eiTest());
        ProgrammeJson.writeNetworkFields(g, layer.programme());
        g.writeEndObject();
    }

    private static void writePerson(JsonGenerator g, PersonFigures f, GraphAnalysis layer, int index)
            throws IOException {
        Person p = f.person();
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("school", p.school());
        g.writeStringField("role", p.role());
        g.writeBooleanField("member", p.member());
        fields(g, PersonColumns.FIGURES, f);
        g.writeObjectFieldStart("brokerage");
        fields(g, PersonColumns.BROKERAGE, f);
        g.writeEndObject();
        StatisticsJson.writeBrokerageChance(g, f.brokerageChance());
        ProgrammeJson.writePersonFields(g, layer.programme(), index);
        g.writeEndObject();
    }

    /** The fields of a school's {@code links} object. */
    static void linkFields(JsonGenerator g, SchoolFigures s) throws IOException {
        fields(g, SchoolColumns.LINKS, s);
    }

    private static void writeSchool(JsonGenerator g, SchoolFigures s, GraphAnalysis layer, int index)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("school", s.school());
        fields(g, SchoolColumns.FIGURES, s);
        g.writeObjectFieldStart("links");
        fields(g, SchoolColumns.LINKS, s);
        g.writeEndObject();
        StatisticsJson.writeEiTest(g, s.eiTest());
        ProgrammeJson.writeSchoolFields(g, layer.programme(), index, s);
        g.writeEndObject();
    }

    private static <F> void fields(JsonGenerator g, List<FigureColumn<F>> columns, F figures) throws IOException {
        for (FigureColumn<F> column : columns) {
            Object value = column.read(figures);
            String name = column.jsonName();
            switch (column.type()) {
                case INT -> g.writeNumberField(name, (Integer) value);
                case LONG -> g.writeNumberField(name, (Long) value);
                case BOOLEAN -> g.writeBooleanField(name, (Boolean) value);
                case DOUBLE -> g.writeNumberField(name, (Double) value);
                case OPTIONAL_DOUBLE -> number(g, name, (Double) value);
            }
        }
    }

    /** A nullable number: JSON null when undefined, never NaN. */
    static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
