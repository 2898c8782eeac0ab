package org.plnet.reports.exports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names from the input (school names) into file names that are safe on every common file system and
 * unique within one output folder. A slug is lower-case ASCII letters, digits and single hyphens:
 * <ol>
 *   <li>accents are removed (Unicode NFKD decomposition, then the combining marks are dropped), and a few
 *       letters that do not decompose are spelt out ({@code ß} as {@code ss}, {@code æ} as {@code ae}, ...);
 *   <li>every run of other characters (spaces, dots, slashes, backslashes, emoji, ...) becomes one hyphen,
 *       and hyphens at either end are dropped, so a slug never holds {@code ..}, a path separator or a
 *       leading dot;
 *   <li>it is cut to {@value #MAX_LENGTH} characters, at a hyphen where there is one;
 *   <li>an empty result becomes {@value #FALLBACK}; a Windows reserved device name ({@code con}, {@code prn},
 *       {@code aux}, {@code nul}, {@code com0}-{@code com9}, {@code lpt0}-{@code lpt9}, reserved with any
 *       extension) gets {@code -school} appended;
 *   <li>a slug already taken (compared ignoring case, for case-insensitive file systems) gets the first free
 *       suffix {@code -2}, {@code -3}, ...; the slug given out is added to the taken ones.
 * </ol>
 * The slug carries no extension: the caller appends one such as {@code .html}. The same names in the same
 * order always give the same slugs.
 */
public final class SafeFileName {

    /** The longest slug, suffix included: far below every file system's limit, with room for an extension. */
    public static final int MAX_LENGTH = 60;

    /** The slug of a name that has no letter or digit to keep. */
    public static final String FALLBACK = "school";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");
    private static final Map<String, String> SPELT_OUT = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("Æ", "ae"), Map.entry("œ", "oe"),
            Map.entry("Œ", "oe"), Map.entry("ø", "o"), Map.entry("Ø", "o"), Map.entry("đ", "d"),
            Map.entry("Đ", "d"), Map.entry("ð", "d"), Map.entry("Ð", "d"), Map.entry("þ", "th"),
            Map.entry("Þ", "th"), Map.entry("ł", "l"), Map.entry("Ł", "l"), Map.entry("ı", "i"),
            Map.entry("ħ", "h"), Map.entry("Ħ", "h"));

    private SafeFileName() {
    }

    /**
     * The slug of {@code name} that is not yet in {@code taken}, which is then added to {@code taken}: call it
     * with the same set for every file of one folder.
     *
     * @param name  any text, {@code null} included
     * @param taken slugs (or other file names without extension) already in use; must be modifiable
     */
    public static String slug(String name, Set<String> taken) {
        String base = base(name);
        Set<String> used = new HashSet<>();
        for (String t : taken) {
            used.add(t.toLowerCase(Locale.ROOT));
        }
        String slug = base;
        for (int k = 2; used.contains(slug); k++) {
            String suffix = "-" + k;
            slug = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(slug);
        return slug;
    }

    /**
     * One unique slug per name, in the order given: names that slug alike get {@code -2}, {@code -3}, ... in
     * turn.
     *
     * @param names    the names, e.g. the schools of a study in order of first appearance
     * @param reserved file names (without extension) that must not be used, e.g. {@code index}
     * @return name to slug, in the order of {@code names}; a repeated name keeps its first slug
     */
    public static Map<String, String> slugs(List<String> names, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : names) {
            if (!result.containsKey(name)) {
                result.put(name, slug(name, taken));
            }
        }
        return result;
    }

    /** The slug before it is made unique. */
    static String base(String name) {
        String text = name == null ? "" : name;
        StringBuilder spelt = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            spelt.append(SPELT_OUT.getOrDefault(s, s));
        });
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFKD)).replaceAll("");
        String slug = trimHyphens(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        slug = cut(slug, MAX_LENGTH);
        if (slug.isEmpty()) {
            return FALLBACK;
        }
        return RESERVED.matcher(slug).matches() ? slug + "-" + FALLBACK : slug;
    }

    /** The slug cut to at most {@code max} characters, at its last hyphen within the limit when it has one. */
    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        int hyphen = head.lastIndexOf('-');
        return trimHyphens(hyphen > max / 2 ? head.substring(0, hyphen) : head);
    }

    private static String trimHyphens(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }
}
