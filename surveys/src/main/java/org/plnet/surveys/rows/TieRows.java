package org.plnet.surveys.rows;

import java.util.List;
import java.util.function.Consumer;

/**
 * The tie rows of a study, in order: those of ties.csv, then those of the survey exports. They are read as they
 * are walked rather than held: a ties.csv of millions of rows is parsed row by row straight into the study's
 * arrays, never kept as a list of rows.
 */
@FunctionalInterface
public interface TieRows {

    /** No rows. */
    TieRows NONE = action -> { };

    /**
     * Passes every row to {@code action}, in order. A file is read again on each walk; its own problems
     * (ragged rows, bad CSV) are reported on the first walk only.
     */
    void forEach(Consumer<TieRow> action);

    /** Rows held in a list. */
    static TieRows of(List<TieRow> rows) {
        List<TieRow> copy = List.copyOf(rows);
        return copy::forEach;
    }

    /** These rows, then {@code more}. */
    default TieRows then(List<TieRow> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TieRow> copy = List.copyOf(more);
        return action -> {
            forEach(action);
            copy.forEach(action);
        };
    }
}
