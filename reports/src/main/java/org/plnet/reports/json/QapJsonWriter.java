package org.plnet.reports.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.plnet.engine.statistics.qap.DyadicTerm;
import org.plnet.engine.statistics.qap.MultipleRegressionQap;
import org.plnet.engine.statistics.qap.QapAnalysis;
import org.plnet.engine.statistics.qap.QapPValues;

/**
 * Writes {@code qap.json} as statistics.md (section 3) lays it out, field by field and in the contract's
 * order, formatted as metrics.json: UTF-8, LF, two-space indentation, a final newline, undefined numbers
 * {@code null}. {@code definedPermutations} (R', the permutations whose refits were all of full rank) follows
 * {@code permutations}.
 */
public final class QapJsonWriter {

    /** The {@code formatVersion} written into the file. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private QapJsonWriter() {
    }

    public static void write(QapAnalysis qap, OutputStream out) throws IOException {
        MultipleRegressionQap regression = qap.regression();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(MetricsJsonWriter.prettyPrinter());
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("study", qap.study());
            g.writeStringField("y", qap.y().label());
            g.writeArrayFieldStart("x");
            for (DyadicTerm x : qap.xs()) {
                g.writeString(x.label());
            }
            g.writeEndArray();
            g.writeBooleanField("weighted", qap.weighted());
            g.writeNumberField("n", qap.people());
            g.writeNumberField("permutations", regression.permutations());
            g.writeNumberField("definedPermutations", regression.definedPermutations());
            g.writeNumberField("seed", regression.seed());
            if (qap.correlation() == null) {
                g.writeNullField("correlation");
                g.writeNullField("correlationTest");
            } else {
                MetricsJsonWriter.number(g, "correlation", qap.correlation().correlation());
                g.writeFieldName("correlationTest");
                writePValues(g, qap.correlation().test());
            }
            MetricsJsonWriter.number(g, "rSquared", regression.rSquared());
            g.writeArrayFieldStart("coefficients");
            for (MultipleRegressionQap.Coefficient c : regression.coefficients()) {
                g.writeStartObject();
                g.writeStringField("term", c.term());
                MetricsJsonWriter.number(g, "estimate", c.estimate());
                MetricsJsonWriter.number(g, "tValue", c.tValue());
                writePValueFields(g, c.test());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writePValues(JsonGenerator g, QapPValues p) throws IOException {
        g.writeStartObject();
        writePValueFields(g, p);
        g.writeEndObject();
    }

    private static void writePValueFields(JsonGenerator g, QapPValues p) throws IOException {
        g.writeNumberField("pGreater", p.pGreater());
        g.writeNumberField("pLess", p.pLess());
        g.writeNumberField("pAbs", p.pAbs());
    }
}
