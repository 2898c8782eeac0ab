package org.plnet.surveys.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * An answer scale: each label a respondent can choose mapped to the weight it gives the tie (0 = no tie).
 * Labels are compared ignoring case and every space ({@code "A few times  a Year"} = {@code "a few times a
 * year"}). Read from a {@code label,code} CSV with {@link #read(Path)}, or one of the {@link #builtIn()} common
 * English frequency scales.
 */
public final class FrequencyScale {

    private final String name;
    private final Map<String, Double> codes;
    private final Map<String, String> labelsByKey;

    private FrequencyScale(String name, Map<String, Double> codes, Map<String, String> labelsByKey) {
        this.name = name;
        this.codes = codes;
        this.labelsByKey = labelsByKey;
    }

    /**
     * A scale from labels to codes, in the given order.
     *
     * @throws IllegalArgumentException when two labels are the same once case and spaces are ignored and have
     *                                  different codes, or a code is negative or not finite
     */
    public static FrequencyScale of(String name, Map<String, ? extends Number> labelsToCodes) {
        Map<String, Double> codes = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        labelsToCodes.forEach((label, code) -> {
            double value = code.doubleValue();
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("scale " + name + ": code of '" + label + "' must be >= 0");
            }
            String key = key(label);
            Double before = codes.put(key, value);
            if (before != null && before != value) {
                throw new IllegalArgumentException("scale " + name + ": '" + label + "' has two codes");
            }
            labels.putIfAbsent(key, label.trim());
        });
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("scale " + name + " has no label");
        }
        return new FrequencyScale(Objects.requireNonNull(name, "name"), Collections.unmodifiableMap(codes),
                Collections.unmodifiableMap(labels));
    }

    /**
     * Reads a scale file: CSV, one {@code label,code} row per answer; a first row whose code is not a number
     * is a header. A missing cell, a code that is not a number at least 0, or a label given two codes is an
     * {@link InputException} naming the row and column.
     */
    public static FrequencyScale read(Path file) {
        return read(SurveyFile.of(file));
    }

    /** Reads a scale file named in messages as {@code file.label()}. */
    public static FrequencyScale read(SurveyFile file) {
        RawTable table = RawTables.read(file);
        Map<String, Double> codes = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String label = table.cell(r, 0).trim();
            String code = table.cell(r, 1).trim();
            if (r == 0 && parse(code) == null) {
                continue;
            }
            if (label.isEmpty()) {
                throw new InputException(table.location(r, 0), "empty label in the scale file");
            }
            if (code.isEmpty()) {
                throw new InputException(table.location(r, 1), "no code for label '" + label + "'");
            }
            Double value = parse(code);
            if (value == null || value < 0) {
                throw new InputException(table.location(r, 1),
                        "the code of '" + label + "' must be a number at least 0, not '" + code + "'");
            }
            if (table.width(r) > 2 && !table.cell(r, 2).isBlank()) {
                throw new InputException(table.location(r, 2), "a scale row has two cells: label,code");
            }
            Double before = codes.put(key(label), value);
            if (before != null && !before.equals(value)) {
                throw new InputException(table.location(r, 0),
                        "label '" + label + "' is given two codes (" + number(before) + " and " + number(value) + ")");
            }
            labels.putIfAbsent(key(label), label);
        }
        if (codes.isEmpty()) {
            throw new InputException(table.location(), "the scale file has no label,code row");
        }
        return new FrequencyScale(file.label(), Collections.unmodifiableMap(codes), Collections.unmodifiableMap(labels));
    }

    /**
     * The common English frequency scales, each with "never" (or "no") = 0:
     * <ol>
     * <li>Never, A few times a year, Monthly, Weekly, Daily (0..4);</li>
     * <li>Never, Rarely, Sometimes, Often, Always (0..4);</li>
     * <li>Never, Once a year, Once a term, Once a month, Once a week, Daily (0..5);</li>
     * <li>Never, Less than once a month, Once a month, 2-3 times a month, Once a week, 2-3 times a week,
     *     Daily (0..6);</li>
     * <li>No, Yes (0..1).</li>
     * </ol>
     */
    public static List<FrequencyScale> builtIn() {
        return BuiltIn.SCALES;
    }

    /** The built-in scales that know every one of {@code labels}. */
    public static List<FrequencyScale> builtInsKnowingAll(Collection<String> labels) {
        return builtIn().stream().filter(s -> labels.stream().allMatch(s::knows)).toList();
    }

    /** The scale's name: the file it was read from, or the labels of a built-in scale. */
    public String name() {
        return name;
    }

    /** The labels in scale order, as first written. */
    public List<String> labels() {
        return List.copyOf(labelsByKey.values());
    }

    public boolean knows(String label) {
        return codes.containsKey(key(label));
    }

    /** The code of {@code label}, if the scale has it. */
    public OptionalDouble code(String label) {
        Double c = codes.get(key(label));
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
    }

    /** The code of {@code label}; an unknown label is an {@link InputException} at {@code where}. */
    public double code(String label, SourceLocation where) {
        Double c = codes.get(key(label));
        if (c == null) {
            throw new InputException(where, "unknown answer '" + label.trim() + "': the scale " + name
                    + " has " + String.join(", ", labels()) + " (give the scale with --scale SCALE.csv)");
        }
        return c;
    }

    /** The largest code (K, the top of the scale). */
    public double max() {
        return codes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Whether this scale gives every one of {@code labels} the same code as {@code other}. */
    public boolean agreesWith(FrequencyScale other, Collection<String> labels) {
        for (String label : labels) {
            if (!Objects.equals(codes.get(key(label)), other.codes.get(key(label)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code label=code} pairs in scale order, for the report. */
    public String describe() {
        return labelsByKey.entrySet().stream()
                .map(e -> e.getValue() + "=" + number(codes.get(e.getKey())))
                .collect(Collectors.joining(", "));
    }

    /** How labels are compared: lower case, with every space (including no-break spaces) removed. */
    public static String key(String label) {
        StringBuilder s = new StringBuilder(label.length());
        label.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(s::appendCodePoint);
        return s.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Double parse(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** The built-in scales, made once. */
    private static final class BuiltIn {
        static final List<FrequencyScale> SCALES = List.of(
                scale("Never", "A few times a year", "Monthly", "Weekly", "Daily"),
                scale("Never", "Rarely", "Sometimes", "Often", "Always"),
                scale("Never", "Once a year", "Once a term", "Once a month", "Once a week", "Daily"),
                scale("Never", "Less than once a month", "Once a month", "2-3 times a month", "Once a week",
                        "2-3 times a week", "Daily"),
                scale("No", "Yes"));

        private static FrequencyScale scale(String... labels) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            for (int i = 0; i < labels.length; i++) {
                codes.put(labels[i], i);
            }
            List<String> names = new ArrayList<>(List.of(labels));
            return of("built-in (" + String.join(", ", names) + ")", codes);
        }
    }
}
