package org.plnet.surveys.studyfolder;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.report.ImportReport;

/**
 * Reads the {@code affiliations:} mapping of study.yaml (affiliations.md, section 1). {@link StudyYamlReader}
 * reads the rest of the file and reports its syntax; this reads a file that parsed, and reports every bad key or
 * value of {@code affiliations:} with its line and column.
 */
final class AffiliationsYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final List<String> KEYS = List.of("relation", "tieMin", "strongTieMin");

    private final JsonParser p;
    private final String label;
    private final ImportReport.Builder report;

    private AffiliationsYaml(JsonParser p, String label, ImportReport.Builder report) {
        this.p = p;
        this.label = label;
        this.report = report;
    }

    /** The settings of {@code affiliations:}, or {@code null} when study.yaml has no such key or does not parse. */
    static AffiliationSettings read(String text, String label, ImportReport.Builder report) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new AffiliationsYaml(parser, label, report).document();
        } catch (JsonProcessingException e) {
            return null; // StudyYamlReader reports the syntax error
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    private AffiliationSettings document() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation at = here();
            p.nextToken();
            if (key.equals("affiliations")) {
                return settings(at);
            }
            p.skipChildren();
        }
        return null;
    }

    private AffiliationSettings settings(SourceLocation at) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return new AffiliationSettings(at, null, null, null);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            report.error(here(), "affiliations must be a mapping of settings (" + String.join(", ", KEYS)
                    + ")");
            p.skipChildren();
            return new AffiliationSettings(at, null, null, null);
        }
        Setting<String> relation = null;
        Setting<Integer> tieMin = null;
        Setting<Double> strongTieMin = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = here();
            p.nextToken();
            switch (key) {
                case "relation" -> relation = relation();
                case "tieMin" -> tieMin = tieMin();
                case "strongTieMin" -> strongTieMin = strongTieMin();
                default -> {
                    report.error(keyAt, "unknown key '" + key + "' in affiliations; allowed: "
                            + String.join(", ", KEYS));
                    p.skipChildren();
                }
            }
        }
        if (tieMin != null && strongTieMin != null && strongTieMin.value() < tieMin.value()) {
            report.error(strongTieMin.at(), "affiliations.strongTieMin is below tieMin " + tieMin.value()
                    + ": a strong tie must be a tie");
        }
        return new AffiliationSettings(at, relation, tieMin, strongTieMin);
    }

    private Setting<String> relation() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
            return new Setting<>(p.getText().trim(), here());
        }
        report.error(here(), "affiliations.relation must be the name of the co-attendance relation, found "
                + found());
        p.skipChildren();
        return null;
    }

    private Setting<Integer> tieMin() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() >= 1) {
            return new Setting<>(p.getIntValue(), here());
        }
        report.error(here(), "affiliations.tieMin must be a whole number of shared events, 1 or more, found "
                + found());
        p.skipChildren();
        return null;
    }

    private Setting<Double> strongTieMin() throws IOException {
        JsonToken t = p.currentToken();
        if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) && p.getDoubleValue() > 0
                && Double.isFinite(p.getDoubleValue())) {
            return new Setting<>(p.getDoubleValue(), here());
        }
        report.error(here(), "affiliations.strongTieMin must be a number above 0, found " + found());
        p.skipChildren();
        return null;
    }

    private String found() throws IOException {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NULL ? "no value" : t.isScalarValue() ? "'" + p.getText() + "'"
                : t == JsonToken.START_ARRAY ? "a list" : "a mapping";
    }

    private SourceLocation here() {
        var l = p.currentTokenLocation();
        int line = Math.max(0, l.getLineNr());
        return new SourceLocation(label, line, line == 0 ? 0 : Math.max(0, l.getColumnNr()));
    }
}
