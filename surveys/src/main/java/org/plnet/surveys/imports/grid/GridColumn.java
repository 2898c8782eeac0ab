package org.plnet.surveys.imports.grid;

import java.util.List;
import java.util.Objects;

/**
 * One column of a wide survey export as its header rows describe it.
 *
 * @param index    0-based column index
 * @param headers  the text of each header row in this column (as read, trimmed), top first
 * @param question the roster question this column belongs to, or {@code null} when it is not a grid column
 * @param alter    the colleague this column asks about (as the header names them), or {@code null}
 */
public record GridColumn(int index, List<String> headers, String question, String alter) {

    public GridColumn {
        headers = List.copyOf(headers);
        if ((question == null) != (alter == null)) {
            throw new IllegalArgumentException("a grid column has both a question and a colleague, or neither");
        }
    }

    /** Whether the column asks about one colleague. */
    public boolean isAlter() {
        return alter != null;
    }

    /** The header text for messages: the non-empty header rows joined by " / ". */
    public String label() {
        StringBuilder s = new StringBuilder();
        for (String h : headers) {
            if (!h.isEmpty()) {
                if (s.length() > 0) {
                    s.append(" / ");
                }
                s.append(h);
            }
        }
        return s.toString();
    }

    /** Whether {@code name} (trimmed, case ignored) is one of this column's header texts or its label. */
    public boolean isCalled(String name) {
        String wanted = Objects.requireNonNull(name).strip();
        if (label().equalsIgnoreCase(wanted)) {
            return true;
        }
        for (String h : headers) {
            if (!h.isEmpty() && h.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }
}
