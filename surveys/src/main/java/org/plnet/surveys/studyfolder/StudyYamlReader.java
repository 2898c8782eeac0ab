package org.plnet.surveys.studyfolder;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plnet.surveys.rows.Decimal;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Flow;
import org.plnet.surveys.report.ImportReport;

/**
 * Reads study.yaml through Jackson's YAML parser, token by token so that every key and value keeps its line
 * and column. Every unknown key and bad value is an error naming the key; nothing falls back to a default.
 */
final class StudyYamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final List<String> TOP_KEYS = List.of("name", "description", "relations", "imports",
            "affiliations", "pseudonymSeed", "breakdowns");
    private static final List<String> RELATION_KEYS = List.of("question", "flow", "scaleMax", "tieMin",
            "strongTieMin");
    private static final List<String> IMPORT_KEYS = List.of("file", "format", "respondent", "relation", "wave",
            "scale", "aliases");
    /** A path that starts at the root of a file system: {@code /x}, {@code \\x}, {@code C:x}. */
    private static final Pattern ROOTED = Pattern.compile("^([/\\\\]|[A-Za-z]:).*", Pattern.DOTALL);

    /** A decimal number as YAML 1.2 and YAML 1.1 both read it alike: no leading zero, '_', base prefix or ':'. */
    private static final Pattern YAML_12_DECIMAL =
            Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?");

    private final String label;
    private final ImportReport.Builder report;
    private final JsonParser p;
    private boolean namesExports;

    private StudyYamlReader(String label, ImportReport.Builder report, JsonParser parser) {
        this.label = label;
        this.report = report;
        this.p = parser;
    }

    /** Reads the text of study.yaml; returns what could be read, having reported every problem. */
    static StudyYaml read(String text, String label, ImportReport.Builder report) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            // syntax first, so that a broken file yields its one syntax error and nothing read before it
            try {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            } catch (JsonProcessingException e) {
                // a limit (nesting depth) is reported without a location: the parser's is where it stopped
                syntaxError(e.getLocation() == null ? new JsonParseException(parser, e.getOriginalMessage(),
                        parser.currentLocation()) : e, label, report);
                return StudyYaml.ABSENT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new StudyYamlReader(label, report, parser).document();
        } catch (JsonProcessingException e) {
            syntaxError(e, label, report);
            return StudyYaml.ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    private static void syntaxError(JsonProcessingException e, String label, ImportReport.Builder report) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        int column = e.getLocation() == null || line == 0 ? 0 : Math.max(0, e.getLocation().getColumnNr());
        report.error(new SourceLocation(label, line, column), "is not valid YAML: " + reason(e));
    }

    private StudyYaml document() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            report.error(t == null ? SourceLocation.ofFile(label) : here(), "is not a YAML mapping of settings"
                    + (t == null ? " (it holds only comments)" : " (it holds " + describe(t) + ")")
                    + ": expected keys such as name: and relations:");
            return StudyYaml.ABSENT;
        }
        Setting<String> name = null;
        Setting<String> description = null;
        Map<String, RelationSpec> relations = Map.of();
        Setting<Long> pseudonymSeed = null;
        List<ImportEntry> imports = new ArrayList<>();
        List<Setting<String>> breakdowns = null;
        Map<String, Integer> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = here();
            p.nextToken();
            if (!firstTime(seen, key, keyAt, "")) {
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "name" -> name = text(key);
                case "description" -> description = text(key);
                case "relations" -> relations = relations();
                case "imports" -> imports = imports();
                case "affiliations" -> p.skipChildren(); // read by AffiliationsYaml
                case "pseudonymSeed" -> pseudonymSeed = seed(key);
                case "breakdowns" -> breakdowns = BreakdownsSetting.read(p, label, report);
                default -> unknownKey(key, keyAt, "", TOP_KEYS);
            }
        }
        JsonToken next = p.nextToken();
        if (next != null) {
            report.error(here(), "holds more than one YAML document: keep the settings in one");
        }
        return new StudyYaml(name, description, relations, List.copyOf(imports), namesExports, pseudonymSeed,
                breakdowns);
    }

    /** {@code imports:}, a list of survey exports (see {@link ImportEntry}). */
    private List<ImportEntry> imports() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            namesExports = true; // meant to, at least: ties.csv is not asked for on top of this error
            report.error(here(), "imports must be a list of survey exports, each written '- file: PATH', found "
                    + describe(p.currentToken()));
            p.skipChildren();
            return List.of();
        }
        List<ImportEntry> entries = new ArrayList<>();
        int number = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            number++;
            namesExports = true;
            ImportEntry entry = importEntry(number);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    /** One entry of {@code imports:}; {@code null} after reporting why it cannot be used. */
    private ImportEntry importEntry(int number) throws IOException {
        SourceLocation at = here();
        String where = " in imports entry " + number;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            report.error(at, "imports entry " + number + " must be a mapping of settings (" + String.join(", ",
                    IMPORT_KEYS) + "), found " + describe(p.currentToken()));
            p.skipChildren();
            return null;
        }
        Map<String, Setting<String>> values = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean usable = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = here();
            p.nextToken();
            if (!firstTime(seen, key, keyAt, where)) {
                p.skipChildren();
                usable = false;
                continue;
            }
            if (!IMPORT_KEYS.contains(key)) {
                unknownKey(key, keyAt, where, IMPORT_KEYS);
                usable = false;
                continue;
            }
            Setting<String> value = switch (key) {
                case "file", "scale", "aliases" -> path("imports entry " + number + " " + key);
                case "format" -> text("imports entry " + number + " format");
                default -> label("imports entry " + number + " " + key);
            };
            if (value == null) {
                usable = false;
            } else {
                values.put(key, value);
            }
        }
        if (!seen.containsKey("file")) {
            report.error(at, "imports entry " + number + " has no file: name the survey export, relative to the"
                    + " study folder (e.g. file: exports/advice.csv)");
            return null;
        }
        if (!usable) {
            return null;
        }
        return new ImportEntry(number, at, values.get("file"), Optional.ofNullable(values.get("format")),
                Optional.ofNullable(values.get("respondent")), Optional.ofNullable(values.get("relation")),
                Optional.ofNullable(values.get("wave")), Optional.ofNullable(values.get("scale")),
                Optional.ofNullable(values.get("aliases")));
    }

    /** A path inside the study folder, relative to it. */
    private Setting<String> path(String key) throws IOException {
        Setting<String> value = text(key);
        if (value == null) {
            return null;
        }
        String path = value.value().strip();
        if (path.isEmpty()) {
            report.error(value.at(), key + " is empty: give a path relative to the study folder");
            return null;
        }
        boolean up = false;
        for (String part : path.split("[/\\\\]")) {
            up |= part.strip().equals("..");
        }
        if (ROOTED.matcher(path).matches() || up) {
            report.error(value.at(), key + " '" + path + "' " + (up ? "leads outside" : "is not inside")
                    + " the study folder: give a path relative to the study folder, without '..', and keep the"
                    + " file inside it");
            return null;
        }
        return new Setting<>(path, value.at());
    }

    /** {@code pseudonymSeed}: a whole number (as plnet import writes it), or null after reporting why not. */
    private Setting<Long> seed(String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && YAML_12_DECIMAL.matcher(p.getText().strip()).matches()
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return new Setting<>(p.getLongValue(), here());
        }
        report.error(here(), key + " must be a whole number (plnet import writes one at random), found "
                + describe(t));
        p.skipChildren();
        return null;
    }

    /** A name such as a wave or relation: text, or a number as written ({@code wave: 2}). */
    private Setting<String> label(String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return new Setting<>(p.getText(), here());
        }
        Setting<String> value = text(key);
        if (value != null && value.value().isBlank()) {
            report.error(value.at(), key + " is empty: leave the key out for the default");
            return null;
        }
        return value == null ? null : new Setting<>(value.value().strip(), value.at());
    }

    private Map<String, RelationSpec> relations() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            report.error(here(), "relations must be a mapping of relation name to its settings, found "
                    + describe(p.currentToken()));
            p.skipChildren();
            return Map.of();
        }
        Map<String, RelationSpec> relations = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName().trim();
            SourceLocation at = here();
            p.nextToken();
            if (!firstTime(seen, name, at, " in relations")) {
                p.skipChildren();
                continue;
            }
            if (name.isEmpty()) {
                report.error(at, "a relation in relations has an empty name");
                p.skipChildren();
                continue;
            }
            relations.put(name, relation(name, at));
        }
        return Collections.unmodifiableMap(relations);
    }

    private RelationSpec relation(String name, SourceLocation at) throws IOException {
        Setting<String> question = null;
        Setting<Flow> flow = null;
        Setting<Double> scaleMax = null;
        Setting<Double> tieMin = null;
        Setting<Double> strongTieMin = null;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return new RelationSpec(name, at, null, null, null, null, null);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            report.error(here(), "relation " + name + " must be a mapping of settings ("
                    + String.join(", ", RELATION_KEYS) + "), found " + describe(p.currentToken()));
            p.skipChildren();
            return new RelationSpec(name, at, null, null, null, null, null);
        }
        Map<String, Integer> seen = new HashMap<>();
        String where = " in relation " + name;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = here();
            p.nextToken();
            if (!firstTime(seen, key, keyAt, where)) {
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "question" -> question = text(name + "." + key);
                case "flow" -> flow = flow(name + "." + key);
                case "scaleMax" -> scaleMax = positive(name + "." + key);
                case "tieMin" -> tieMin = positive(name + "." + key);
                case "strongTieMin" -> strongTieMin = positive(name + "." + key);
                default -> unknownKey(key, keyAt, where, RELATION_KEYS);
            }
        }
        checkOrder(name, scaleMax, tieMin, strongTieMin);
        return new RelationSpec(name, at, question, flow, scaleMax, tieMin, strongTieMin);
    }

    /** tieMin <= scaleMax, tieMin <= strongTieMin <= scaleMax, among the values study.yaml sets. */
    private void checkOrder(String name, Setting<Double> scaleMax, Setting<Double> tieMin,
                            Setting<Double> strongTieMin) {
        if (tieMin != null && scaleMax != null && tieMin.value() > scaleMax.value()) {
            report.error(tieMin.at(), name + ".tieMin " + number(tieMin) + " is above scaleMax "
                    + number(scaleMax) + ": no weight could be a tie");
        }
        if (strongTieMin != null && tieMin != null && strongTieMin.value() < tieMin.value()) {
            report.error(strongTieMin.at(), name + ".strongTieMin " + number(strongTieMin)
                    + " is below tieMin " + number(tieMin) + ": a strong tie must be a tie");
        }
        if (strongTieMin != null && scaleMax != null && strongTieMin.value() > scaleMax.value()) {
            report.error(strongTieMin.at(), name + ".strongTieMin " + number(strongTieMin)
                    + " is above scaleMax " + number(scaleMax) + ": no weight could be a strong tie");
        }
    }

    private Setting<String> text(String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return new Setting<>(p.getText(), here());
        }
        report.error(here(), key + " must be text, found " + describe(t)
                + (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? ": put it in quotes" : ""));
        p.skipChildren();
        return null;
    }

    private Setting<Flow> flow(String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String value = p.getText().trim().toLowerCase(Locale.ROOT);
            for (Flow f : Flow.values()) {
                if (f.label().equals(value)) {
                    return new Setting<>(f, here());
                }
            }
        }
        report.error(here(), key + " must be seek, give or mutual, found " + describe(t));
        p.skipChildren();
        return null;
    }

    private Setting<Double> positive(String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            if (!YAML_12_DECIMAL.matcher(p.getText().strip()).matches()) {
                // YAML 1.1 (the parser's) reads 010 as octal 8 and 1_0 as 10; YAML 1.2 as 10 and text
                report.error(here(), key + " must be written as a plain decimal number without leading zeros"
                        + " (such as 10 or 2.5), found " + describe(t));
                return null;
            }
            double value = numberValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                report.error(here(), key + " must be a finite number, found " + describe(t));
                return null;
            }
            if (value <= 0) {
                report.error(here(), key + " must be a number above 0, found " + describe(t));
                return null;
            }
            return new Setting<>(value, here());
        }
        report.error(here(), key + " must be a number above 0, found " + describe(t));
        p.skipChildren();
        return null;
    }

    private double numberValue() throws IOException {
        try {
            return p.getDoubleValue();
        } catch (JsonProcessingException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    private boolean firstTime(Map<String, Integer> seen, String key, SourceLocation at, String where) {
        Integer first = seen.putIfAbsent(key, at.line());
        if (first != null) {
            report.error(at, "key '" + key + "'" + where + " appears twice (first on line " + first + ")");
            return false;
        }
        return true;
    }

    private void unknownKey(String key, SourceLocation at, String where, List<String> allowed) throws IOException {
        String hint = allowed.stream().filter(k -> k.equalsIgnoreCase(key)).map(k -> " (did you mean " + k + "?)")
                .collect(Collectors.joining());
        report.error(at, "unknown key '" + key + "'" + where + hint + "; allowed: " + String.join(", ", allowed));
        p.skipChildren();
    }

    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "no value";
            case VALUE_TRUE, VALUE_FALSE -> "'" + p.getText() + "' (a yes/no value)";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "'" + p.getText() + "' (a number)";
            case VALUE_STRING -> "'" + p.getText() + "' (text)";
            default -> t.name();
        };
    }

    private static String number(Setting<Double> s) {
        return Decimal.text(s.value());
    }

    private SourceLocation here() {
        var l = p.currentTokenLocation();
        int line = Math.max(0, l.getLineNr());
        return new SourceLocation(label, line, line == 0 ? 0 : Math.max(0, l.getColumnNr()));
    }

    /** The problem lines of a YAML parser message, without its echo of the source and caret. */
    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        // snakeyaml indents its echo of the source and the caret; the problem lines start at column 1
        return m.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(Collectors.joining("; "));
    }
}
