package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.FrequencyScale;

/**
 * How the answers of one export become tie weights, chosen once for all its answers:
 * <ol>
 * <li>the user's scale file when given: every answer must be one of its labels;</li>
 * <li>else, in a Qualtrics numeric export whose answers are all {@code 1} (the others empty): a checkbox
 * (Yes/No) matrix, 1 = ticked = weight 1 ({@link NumericAnswers#TICKED}), not "weight = value - 1", which
 * would lose every tie;</li>
 * <li>else, when every answer is a number: the number ({@link NumericAnswers});</li>
 * <li>else the built-in frequency scale that knows every answer; when none does, the first answer unknown to
 * the closest one is an error, and when several do but code the answers differently the user must choose with
 * {@code --scale}.</li>
 * </ol>
 * Unknown labels are errors naming the row, column and label, never "no tie".
 */
final class AnswerCoding {

    /** A non-empty answer and where it is. */
    record Answer(String text, SourceLocation where) {
    }

    private final FrequencyScale scale;
    private final NumericAnswers numeric;
    private final String description;

    private AnswerCoding(FrequencyScale scale, NumericAnswers numeric, String description) {
        this.scale = scale;
        this.numeric = numeric;
        this.description = description;
    }

    static AnswerCoding choose(List<Answer> answers, Optional<FrequencyScale> given, NumericAnswers numeric,
                               SourceLocation whole) {
        if (given.isPresent()) {
            FrequencyScale s = given.get();
            for (Answer a : answers) {
                s.code(a.text(), a.where());
            }
            return new AnswerCoding(s, null, "answers read with the scale " + s.name() + ": " + s.describe());
        }
        if (numeric == NumericAnswers.RECODE_FROM_ONE && !answers.isEmpty()
                && answers.stream().allMatch(a -> Double.valueOf(1).equals(number(a.text())))) {
            return new AnswerCoding(null, NumericAnswers.TICKED, "every answer is 1 and the other cells are empty:"
                    + " read as a checkbox (Yes/No) matrix, 1 = ticked = a tie of weight 1, empty = not ticked;"
                    + " give --scale SCALE.csv to code the answers otherwise");
        }
        if (answers.stream().allMatch(a -> number(a.text()) != null)) {
            for (Answer a : answers) {
                double v = number(a.text());
                if (v < 0 || (numeric == NumericAnswers.RECODE_FROM_ONE && v < 1)) {
                    throw new InputException(a.where(), "answer " + a.text() + " is "
                            + (v < 0 ? "negative" : "below 1, the first Qualtrics recode value")
                            + "; give the scale with --scale SCALE.csv");
                }
            }
            return new AnswerCoding(null, numeric, numeric == NumericAnswers.RECODE_FROM_ONE
                    ? "numeric answers read as Qualtrics recode values: weight = value - 1 (1 = the first choice, "
                    + "\"never\" = no tie); give --scale SCALE.csv to code them otherwise"
                    : "numeric answers read as weights (0 = no tie)");
        }
        Map<String, Answer> distinct = new LinkedHashMap<>();
        for (Answer a : answers) {
            distinct.putIfAbsent(FrequencyScale.key(a.text()), a);
        }
        List<String> labels = distinct.values().stream().map(Answer::text).toList();
        List<FrequencyScale> fitting = FrequencyScale.builtInsKnowingAll(labels);
        if (fitting.isEmpty()) {
            FrequencyScale closest = FrequencyScale.builtIn().stream()
                    .max(Comparator.comparingLong(s -> labels.stream().filter(s::knows).count()))
                    .orElseThrow();
            for (Answer a : distinct.values()) {
                if (!closest.knows(a.text())) {
                    throw new InputException(a.where(), "unknown answer '" + a.text().strip()
                            + "': it is on no built-in frequency scale; give the scale with --scale SCALE.csv "
                            + "(one label,code row per answer)");
                }
            }
        }
        FrequencyScale first = fitting.get(0);
        List<String> disagreeing = new ArrayList<>();
        for (FrequencyScale other : fitting.subList(1, fitting.size())) {
            if (!other.agreesWith(first, labels)) {
                disagreeing.add(other.name());
            }
        }
        if (!disagreeing.isEmpty()) {
            throw new InputException(whole, "the answers (" + String.join(", ", labels)
                    + ") fit several built-in scales that code them differently: " + first.name() + " and "
                    + String.join(", ", disagreeing) + "; give the scale with --scale SCALE.csv");
        }
        return new AnswerCoding(first, null, "answers read with the " + first.name() + " scale: " + first.describe());
    }

    /** The weight of a non-empty answer (0 = no tie). */
    double weight(String text, SourceLocation where) {
        if (scale != null) {
            return scale.code(text, where);
        }
        double v = number(text);
        return switch (numeric) {
            case RECODE_FROM_ONE -> v - 1;
            case TICKED -> 1;
            case AS_IS -> v;
        };
    }

    /** The top of the scale when a scale was used. */
    OptionalDouble scaleMax() {
        if (numeric == NumericAnswers.TICKED) {
            return OptionalDouble.of(1);
        }
        return scale == null ? OptionalDouble.empty() : OptionalDouble.of(scale.max());
    }

    /** What the report says about the coding. */
    String description() {
        return description;
    }

    /** A number with one decimal comma, as semicolon-separated exports write them: {@code 1,5}. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d+,\\d+");

    static Double number(String text) {
        String s = text.strip();
        if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
