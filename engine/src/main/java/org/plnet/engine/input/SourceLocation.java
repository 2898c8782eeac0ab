package org.plnet.engine.input;

import java.util.Objects;

/**
 * Where in an input file something was found. Lines and columns count from 1; 0 means "not known"
 * (a whole-file problem has neither, a row problem has no column).
 *
 * @param file   the file as the user named it (relative to the study folder where there is one)
 * @param line   1-based line, or 0
 * @param column 1-based column, or 0
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative line or column");
        }
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public SourceLocation atColumn(int newColumn) {
        return new SourceLocation(file, line, newColumn);
    }

    /** {@code file:line:column}, leaving out what is not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
