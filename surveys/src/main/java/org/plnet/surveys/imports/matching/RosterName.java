package org.plnet.surveys.imports.matching;

import java.util.List;

/**
 * A roster person's name prepared for matching: its tokens and, for every way of cutting them into
 * given names and surname ("Mary Ann Smith": Mary | Ann Smith and Mary Ann | Smith), both parts.
 * Trying every cut is what lets "Ann-Marie Jones", "Juan de la Cruz" and "Li Wei" match without
 * knowing which tokens are the surname.
 */
final class RosterName {

    final String id;
    final String name;
    final List<String> tokens;
    final String compact;
    final String spaced;
    private final String[] givenCompact;
    private final String[] surnameCompact;

    RosterName(String id, String name) {
        this.id = id;
        this.name = name;
        this.tokens = NameTokens.of(name);
        this.compact = NameTokens.compact(tokens);
        this.spaced = String.join(" ", tokens);
        this.givenCompact = new String[cuts()];
        this.surnameCompact = new String[cuts()];
        for (int c = 0; c < cuts(); c++) {
            givenCompact[c] = NameTokens.compact(given(c));
            surnameCompact[c] = NameTokens.compact(surname(c));
        }
    }

    /** The number of cuts: one fewer than the tokens (none for a one-word name). */
    int cuts() {
        return Math.max(0, tokens.size() - 1);
    }

    /** The given names of cut {@code c} (0-based): the first {@code c + 1} tokens. */
    List<String> given(int c) {
        return tokens.subList(0, c + 1);
    }

    /** The surname of cut {@code c}: the tokens after {@link #given(int)}. */
    List<String> surname(int c) {
        return tokens.subList(c + 1, tokens.size());
    }

    /** {@link #given(int)} run together. */
    String givenCompact(int c) {
        return givenCompact[c];
    }

    /** {@link #surname(int)} run together. */
    String surnameCompact(int c) {
        return surnameCompact[c];
    }

    /** The name with the surname of cut {@code c} first, spaced: "wei li" for Li Wei. */
    String reversed(int c) {
        return String.join(" ", surname(c)) + " " + String.join(" ", given(c));
    }
}
