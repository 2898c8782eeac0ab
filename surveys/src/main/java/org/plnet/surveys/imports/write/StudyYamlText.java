package org.plnet.surveys.imports.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Writes study.yaml for an import: a new file names the study and its relations (question and scaleMax when
 * the import knows them); an existing file is kept as the user wrote it, comments included, and only relations
 * it lacks are added (inserted at the top of its {@code relations:} block, or as a new block at the end).
 * Settings the user already gave are never changed.
 */
public final class StudyYamlText {

    private static final Pattern RELATIONS_KEY = Pattern.compile("(?m)^relations:[ \\t]*(#.*)?$");
    private static final Pattern EMPTY_RELATIONS = Pattern.compile("(?m)^relations:[ \\t]*\\{[ \\t]*\\}[ \\t]*(#.*)?$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    /** Plain words YAML 1.1 or 1.2 reads as yes/no or null. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final ObjectMapper EMITTER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SecureRandom SEEDS = new SecureRandom();

    private StudyYamlText() {
    }

    /** The text to write and, in {@code notes}, what was added. */
    static String update(Optional<String> existing, String studyName, List<RelationEntry> relations, String label,
                         List<String> notes) {
        if (existing.isEmpty()) {
            StringBuilder s = new StringBuilder("name: ").append(scalar(studyName)).append('\n');
            // numbers people in reports without names; at random, so that it follows nothing a reader holds
            s.append("pseudonymSeed: ").append(SEEDS.nextLong() & Long.MAX_VALUE).append('\n');
            if (!relations.isEmpty()) {
                s.append("relations:\n");
                for (RelationEntry r : relations) {
                    s.append(entry(r, "  "));
                    notes.add("study.yaml: relation " + r.name() + " added");
                }
            }
            return s.toString();
        }
        String text = existing.get();
        JsonNode root;
        try {
            root = text.isBlank() ? null : YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new SourceLocation(label, line, 0), "the study's study.yaml is not valid YAML; "
                    + "fix it before importing into the folder");
        }
        if (root != null && !root.isMissingNode() && !root.isNull() && !root.isObject()) {
            throw new InputException(SourceLocation.ofFile(label), "the study's study.yaml is not a mapping of settings");
        }
        JsonNode known = root == null ? null : root.get("relations");
        List<RelationEntry> missing = new ArrayList<>();
        for (RelationEntry r : relations) {
            if (known == null || !known.isObject() || !known.has(r.name())) {
                missing.add(r);
            }
        }
        if (missing.isEmpty()) {
            return text;
        }
        if (known != null && !known.isNull() && !known.isObject()) {
            throw new InputException(SourceLocation.ofFile(label), "relations: in the study's study.yaml is not a mapping");
        }
        String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        Matcher m = RELATIONS_KEY.matcher(body);
        Matcher empty = EMPTY_RELATIONS.matcher(body);
        StringBuilder added = new StringBuilder();
        if (m.find()) {
            String indent = childIndent(body, m.end());
            for (RelationEntry r : missing) {
                added.append(entry(r, indent));
            }
            int insertAt = body.indexOf('\n', m.end()) + 1;
            body = body.substring(0, insertAt) + added + body.substring(insertAt);
        } else if (empty.find()) {
            added.append("relations:\n");
            for (RelationEntry r : missing) {
                added.append(entry(r, "  "));
            }
            int lineEnd = body.indexOf('\n', empty.end()) + 1;
            body = body.substring(0, empty.start()) + added + body.substring(lineEnd);
        } else if (known == null) {
            added.append("relations:\n");
            for (RelationEntry r : missing) {
                added.append(entry(r, "  "));
            }
            body = body + added;
        } else {
            throw new InputException(SourceLocation.ofFile(label), "the study's study.yaml writes relations: in a "
                    + "form plnet cannot add to; add relation " + missing.get(0).name() + " to it by hand, or "
                    + "write relations: as an indented block");
        }
        for (RelationEntry r : missing) {
            notes.add("study.yaml: relation " + r.name() + " added");
        }
        return body;
    }

    /** The indentation of the first child line after {@code relations:}, or two spaces. */
    private static String childIndent(String body, int afterKey) {
        int start = body.indexOf('\n', afterKey) + 1;
        while (start > 0 && start < body.length()) {
            int end = body.indexOf('\n', start);
            String line = body.substring(start, end < 0 ? body.length() : end);
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                int n = 0;
                while (n < line.length() && (line.charAt(n) == ' ')) {
                    n++;
                }
                return n > 0 ? line.substring(0, n) : "  ";
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return "  ";
    }

    private static String entry(RelationEntry r, String indent) {
        StringBuilder s = new StringBuilder(indent).append(key(r.name())).append(":");
        boolean any = false;
        String inner = indent + indent;
        if (r.question() != null && !r.question().isBlank()) {
            s.append('\n').append(inner).append("question: ").append(quoted(r.question()));
            any = true;
        }
        if (r.scaleMax().isPresent()) {
            s.append('\n').append(inner).append("scaleMax: ").append(number(r.scaleMax().getAsDouble()));
            any = true;
        }
        if (!any) {
            s.append(" {}");
        }
        return s.append('\n').toString();
    }

    private static String key(String name) {
        return scalar(name);
    }

    /**
     * A string as YAML: plain when it starts with a letter or underscore, holds only letters, digits, '_', '.'
     * and '-' and is no word a YAML reader takes for a yes/no or null value; else quoted by the YAML library's
     * emitter. So no folder name (2024, true, 0x1F, 1e3) or relation name reads back as anything but itself.
     */
    private static String scalar(String value) {
        return PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                ? value : quoted(value);
    }

    /** A YAML double-quoted scalar on one line, written by the YAML library (control characters escaped). */
    static String quoted(String value) {
        try {
            String s = EMITTER.writeValueAsString(value);
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("YAML emitter failed on a string", e);
        }
    }

    /** Numbers as in the rest of the study: 4, 2.5. */
    public static String number(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
