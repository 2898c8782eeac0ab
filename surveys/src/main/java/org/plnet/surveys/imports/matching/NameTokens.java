package org.plnet.surveys.imports.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name reduced to comparable tokens: Unicode NFD with the combining marks removed, a few letters
 * that have no decomposition spelled out (ø, ł, æ, ß, ...), lower case, apostrophes removed
 * ("O'Neill" becomes "oneill"), every other non-letter non-digit (space, hyphen, full stop, comma)
 * a separator, and leading titles ("Mr", "Dr", ...) dropped as long as a token remains.
 */
final class NameTokens {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
            "professor", "sir", "dame", "rev", "revd", "fr", "mister", "madam", "mme", "mlle");

    private static final Map<Integer, String> UNDECOMPOSED = Map.ofEntries(
            Map.entry((int) 'ø', "o"), Map.entry((int) 'ł', "l"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"));

    private NameTokens() {
    }

    /** The tokens of a name, titles dropped; empty when the text has no letter or digit. */
    static List<String> of(String text) {
        List<String> tokens = withTitles(text);
        int first = 0;
        while (first < tokens.size() - 1 && TITLES.contains(tokens.get(first))) {
            first++;
        }
        return tokens.subList(first, tokens.size());
    }

    /** The tokens of a text, titles kept: the key of an alias ("Mrs Smith" and "Ms Smith" stay apart). */
    static List<String> withTitles(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                String spelled = UNDECOMPOSED.get(c);
                if (spelled != null) {
                    token.append(spelled);
                } else {
                    token.appendCodePoint(c);
                }
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return List.copyOf(tokens);
    }

    /** The tokens run together: equal for "O'Neill", "ONeill" and "O Neill", "Ann-Marie" and "Ann Marie". */
    static String compact(List<String> tokens) {
        return String.join("", tokens);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4';
    }
}
