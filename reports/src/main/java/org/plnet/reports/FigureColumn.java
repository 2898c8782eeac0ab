package org.plnet.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One figure as the output files name it: its name in the CSV tables and the exports, its name inside
 * its object of metrics.json, the kind of value and how to read it from the figures. The lists of
 * {@link PersonColumns} and {@link SchoolColumns} are the one place each file's columns come from.
 *
 * @param <F>      the figures read: a person's or a school's
 * @param label    the name in the CSV tables and the graph exports
 * @param jsonName the name inside its object of metrics.json
 * @param type     the kind of value
 * @param value    reads the value: Integer, Long, Boolean or Double as {@code type} says, {@code null} when
 *                 undefined
 */
public record FigureColumn<F>(String label, String jsonName, Type type, Function<F, Object> value) {

    /** The kinds of value. */
    public enum Type {
        INT,
        LONG,
        BOOLEAN,
        DOUBLE,
        /** A double that is {@code null} where the figure is undefined. */
        OPTIONAL_DOUBLE
    }

    public FigureColumn {
        Objects.requireNonNull(label);
        Objects.requireNonNull(jsonName);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }

    /** A column named alike in every file. */
    static <F> FigureColumn<F> of(String label, Type type, Function<F, Object> value) {
        return new FigureColumn<>(label, label, type, value);
    }

    /** The columns of {@code first}, then those of {@code second}. */
    static <F> List<FigureColumn<F>> concat(List<FigureColumn<F>> first, List<FigureColumn<F>> second) {
        List<FigureColumn<F>> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** The value of these figures. */
    public Object read(F figures) {
        return value.apply(figures);
    }
}
