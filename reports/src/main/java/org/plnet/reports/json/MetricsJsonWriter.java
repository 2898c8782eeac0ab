package org.plnet.reports.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.NetworkFigures;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Person;
import org.plnet.engine.scoring.links.NetworkLinks;
import org.plnet.reports.PersonColumn;
import org.plnet.reports.SchoolColumn;

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
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
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
        writeNetwork(g, layer.network());
        g.writeArrayFieldStart("people");
        for (PersonFigures p : layer.people()) {
            writePerson(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("schools");
        for (SchoolFigures s : layer.schools()) {
            writeSchool(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeNetwork(JsonGenerator g, NetworkFigures n) throws IOException {
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
        g.writeEndObject();
    }

    private static void writePerson(JsonGenerator g, PersonFigures f) throws IOException {
        Person p = f.person();
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("school", p.school());
        g.writeStringField("role", p.role());
        g.writeBooleanField("member", p.member());
        for (PersonColumn column : PersonColumn.of(PersonColumn.Group.FIGURE)) {
            personField(g, column, f);
        }
        g.writeObjectFieldStart("brokerage");
        for (PersonColumn column : PersonColumn.of(PersonColumn.Group.BROKERAGE)) {
            personField(g, column, f);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSchool(JsonGenerator g, SchoolFigures s) throws IOException {
        g.writeStartObject();
        g.writeStringField("school", s.school());
        for (SchoolColumn column : SchoolColumn.of(SchoolColumn.Group.SCHOOL)) {
            schoolField(g, column, s);
        }
        g.writeObjectFieldStart("links");
        for (SchoolColumn column : SchoolColumn.of(SchoolColumn.Group.LINKS)) {
            schoolField(g, column, s);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void personField(JsonGenerator g, PersonColumn column, PersonFigures f) throws IOException {
        Number value = column.of(f);
        switch (column.type()) {
            case INT -> g.writeNumberField(column.jsonName(), value.intValue());
            case LONG -> g.writeNumberField(column.jsonName(), value.longValue());
            case DOUBLE -> g.writeNumberField(column.jsonName(), value.doubleValue());
            case OPTIONAL_DOUBLE -> number(g, column.jsonName(), (Double) value);
        }
    }

    private static void schoolField(JsonGenerator g, SchoolColumn column, SchoolFigures s) throws IOException {
        Object value = column.of(s);
        switch (column.type()) {
            case INT -> g.writeNumberField(column.label(), (Integer) value);
            case LONG -> g.writeNumberField(column.label(), (Long) value);
            case BOOLEAN -> g.writeBooleanField(column.label(), (Boolean) value);
            case OPTIONAL_DOUBLE -> number(g, column.label(), (Double) value);
        }
    }

    /** A nullable number: JSON null when undefined, never NaN. */
    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
