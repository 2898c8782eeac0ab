package org.plnet.surveys.imports.responses;

import java.util.Locale;

/**
 * What to do with several responses by one person in an export without end dates, where nothing tells which
 * is the latest ({@code --repeated}). With end dates the latest is kept whatever this says.
 */
public enum Repeated {
    /** Keep the response furthest down the file, drop the others (reported). */
    LATEST,
    /**
     * Merge them: every name of every response (a name generator; a person named twice makes one tie), and for
     * each grid cell the answer of the last response that answered it.
     */
    COMBINE;

    /** The name as the option takes it: {@code latest}, {@code combine}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
