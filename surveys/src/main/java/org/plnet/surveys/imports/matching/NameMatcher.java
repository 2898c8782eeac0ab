package org.plnet.surveys.imports.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;

/**
 * Resolves names typed as free text ("T. O'Neill", "Patel, Priya", "Dave Brown") to the people of a
 * roster, and never guesses.
 *
 * <p>Names are compared as {@link NameTokens}: case, accents, apostrophes, hyphens and punctuation
 * do not matter, and leading titles ("Mrs") are dropped. The rules are tried in tiers; the first
 * tier that fits anyone decides:
 * <ol>
 *   <li>{@link MatchRule#ALIAS}: the user's alias table (the text as typed, trimmed; else ignoring
 *       case, accents and punctuation);</li>
 *   <li>{@link MatchRule#ID}: the text is a roster id (exactly; else ignoring case);</li>
 *   <li>the whole name: {@link MatchRule#EXACT} and {@link MatchRule#REVERSED_ORDER};</li>
 *   <li>the partial rules: a nickname, initials, a surname initial, one part of the given names
 *       (for two or more typed words), or the surname, first name or nickname alone (for one word).</li>
 * </ol>
 * Within a tier every person the text fits is a candidate, whichever rule fitted: one candidate is
 * {@link NameMatch.Matched} (with the strongest rule that fitted), several are
 * {@link NameMatch.Ambiguous}, even when one of them fits by a stronger rule ("J Smith" with Jane
 * and John Smith on the roster). A whole-name fit is never overruled by a partial one. A text that
 * fits no one is {@link NameMatch.Unmatched}, with the roster names most similar to it by
 * Jaro–Winkler similarity (Winkler 1990, "String comparator metrics and enhanced decision rules in
 * the Fellegi-Sunter model of record linkage") as suggestions.
 *
 * <p>Roster names are cut into given names and surname in every possible way, so multi-word
 * surnames and names written surname first on the roster also match. Immutable and thread-safe.
 */
public final class NameMatcher {

    /** How many suggestions an unmatched name gets at most. */
    public static final int SUGGESTIONS = 3;

    /** The least Jaro–Winkler similarity of a suggestion. */
    public static final double MIN_SIMILARITY = 0.75;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final List<RosterName> names;
    private final Map<String, String> ids;
    private final Map<String, List<String>> idsIgnoringCase;
    private final Map<String, String> aliases;
    private final Map<String, List<String>> aliasesByKey;

    /**
     * @param roster  the people, with unique ids
     * @param aliases settled names: the text as typed to a roster id
     * @throws IllegalArgumentException when two people share an id or an alias names an id that is
     *                                  not on the roster
     */
    public NameMatcher(List<Person> roster, Map<String, String> aliases) {
        this.names = new ArrayList<>(roster.size());
        this.ids = new HashMap<>();
        this.idsIgnoringCase = new HashMap<>();
        for (Person p : roster) {
            if (ids.putIfAbsent(p.id(), p.id()) != null) {
                throw new IllegalArgumentException("two people of the roster have the id " + p.id());
            }
            names.add(new RosterName(p.id(), p.name()));
            idsIgnoringCase.computeIfAbsent(p.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p.id());
        }
        this.aliases = new LinkedHashMap<>();
        this.aliasesByKey = new HashMap<>();
        aliases.forEach((typed, id) -> {
            Objects.requireNonNull(typed, "alias text");
            if (!ids.containsKey(id)) {
                throw new IllegalArgumentException("the alias \"" + typed + "\" names " + id + ", who is not on the roster");
            }
            this.aliases.put(typed.strip(), id);
            String key = NameTokens.compact(NameTokens.withTitles(typed));
            List<String> targets = aliasesByKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!targets.contains(id)) {
                targets.add(id);
            }
        });
    }

    /** A matcher without aliases. */
    public static NameMatcher of(List<Person> roster) {
        return new NameMatcher(roster, Map.of());
    }

    /**
     * Resolves one typed name.
     *
     * @param typed the text as typed; must not be blank
     * @return what the text resolved to
     */
    public NameMatch match(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a blank name cannot be matched");
        }
        NameMatch settled = byAliasOrId(text);
        if (settled != null) {
            return settled;
        }
        List<String> tokens = NameTokens.of(text);
        if (tokens.isEmpty()) {
            return new NameMatch.Unmatched(text, List.of());
        }
        TypedName t = new TypedName(tokens);
        Map<String, MatchRule> fits = fitting(t, true);
        if (fits.isEmpty()) {
            fits = fitting(t, false);
        }
        if (fits.size() == 1) {
            Map.Entry<String, MatchRule> only = fits.entrySet().iterator().next();
            return new NameMatch.Matched(text, only.getKey(), only.getValue());
        }
        if (fits.size() > 1) {
            return new NameMatch.Ambiguous(text, new ArrayList<>(fits.keySet()));
        }
        return new NameMatch.Unmatched(text, suggestions(t));
    }

    private NameMatch byAliasOrId(String text) {
        String aliased = aliases.get(text);
        if (aliased != null) {
            return new NameMatch.Matched(text, aliased, MatchRule.ALIAS);
        }
        List<String> byKey = aliasesByKey.get(NameTokens.compact(NameTokens.withTitles(text)));
        if (byKey != null && byKey.size() == 1) {
            return new NameMatch.Matched(text, byKey.get(0), MatchRule.ALIAS);
        }
        if (ids.containsKey(text)) {
            return new NameMatch.Matched(text, text, MatchRule.ID);
        }
        List<String> ignoringCase = idsIgnoringCase.get(text.toLowerCase(Locale.ROOT));
        if (ignoringCase == null) {
            return null;
        }
        if (ignoringCase.size() == 1) {
            return new NameMatch.Matched(text, ignoringCase.get(0), MatchRule.ID);
        }
        return new NameMatch.Ambiguous(text, sorted(ignoringCase));
    }

    /** Every person the name fits in the whole-name tier or the partial tier, with the strongest rule, by id. */
    private Map<String, MatchRule> fitting(TypedName t, boolean wholeName) {
        Map<String, MatchRule> fits = new TreeMap<>(CodePointOrder.INSTANCE);
        for (RosterName r : names) {
            MatchRule rule = wholeName ? wholeName(t, r) : partial(t, r);
            if (rule != null) {
                fits.put(r.id, rule);
            }
        }
        return fits;
    }

    private static MatchRule wholeName(TypedName t, RosterName r) {
        if (t.compact.equals(r.compact)) {
            return MatchRule.EXACT;
        }
        for (int k = 0; k < t.cuts(); k++) {
            for (int c = 0; c < r.cuts(); c++) {
                if (t.after(k).equals(r.givenCompact(c)) && t.before(k).equals(r.surnameCompact(c))) {
                    return MatchRule.REVERSED_ORDER;
                }
            }
        }
        return null;
    }

    private static MatchRule partial(TypedName t, RosterName r) {
        List<MatchRule> found = new ArrayList<>();
        onePart(t, r, found);
        if (t.tokens.size() > 1) {
            for (int k = 0; k < t.cuts(); k++) {
                for (int c = 0; c < r.cuts(); c++) {
                    add(found, twoParts(t.first(k), t.rest(k), r.given(c), r.surname(c), false));
                    add(found, twoParts(t.rest(k), t.first(k), r.given(c), r.surname(c), true));
                }
            }
        }
        return found.stream().min(Comparator.naturalOrder()).orElse(null);
    }

    /** The surname alone, the given names alone, or (one word) a nickname alone. */
    private static void onePart(TypedName t, RosterName r, List<MatchRule> found) {
        if (t.compact.length() < 2) {
            return;
        }
        for (int c = 0; c < r.cuts(); c++) {
            if (t.compact.equals(r.surnameCompact(c))) {
                found.add(MatchRule.SURNAME_ONLY);
            }
            if (t.compact.equals(r.givenCompact(c))) {
                found.add(MatchRule.FIRST_NAME_ONLY);
            }
        }
        if (t.tokens.size() == 1 && r.cuts() > 0 && EnglishNicknames.equivalent(t.compact, r.tokens.get(0))) {
            found.add(MatchRule.NICKNAME_ONLY);
        }
    }

    /** The rule by which typed given names and surname fit a roster cut, or {@code null}. */
    private static MatchRule twoParts(List<String> given, List<String> surname, List<String> rosterGiven,
                                      List<String> rosterSurname, boolean surnameFirst) {
        GivenFit g = GivenFit.of(given, rosterGiven);
        if (g == GivenFit.NONE) {
            return null;
        }
        if (NameTokens.compact(surname).equals(NameTokens.compact(rosterSurname))) {
            return switch (g) {
                case FULL -> surnameFirst ? MatchRule.REVERSED_ORDER : MatchRule.EXACT;
                case NICKNAME -> MatchRule.NICKNAME;
                case PART -> MatchRule.GIVEN_NAME_PART;
                case INITIALS -> surnameFirst ? MatchRule.SURNAME_AND_INITIAL : MatchRule.INITIAL_AND_SURNAME;
                case NONE -> null;
            };
        }
        boolean surnameInitial = surname.size() == 1 && surname.get(0).length() == 1
                && rosterSurname.get(0).startsWith(surname.get(0));
        if (surnameInitial && !surnameFirst && (g == GivenFit.FULL || g == GivenFit.NICKNAME)) {
            return MatchRule.FIRST_NAME_AND_SURNAME_INITIAL;
        }
        return null;
    }

    private static void add(List<MatchRule> found, MatchRule rule) {
        if (rule != null) {
            found.add(rule);
        }
    }

    private List<Suggestion> suggestions(TypedName t) {
        List<Suggestion> all = new ArrayList<>();
        for (RosterName r : names) {
            double best = JARO_WINKLER.apply(t.spaced, r.spaced);
            for (int c = 0; c < r.cuts(); c++) {
                best = Math.max(best, JARO_WINKLER.apply(t.spaced, r.reversed(c)));
            }
            if (best >= MIN_SIMILARITY) {
                all.add(new Suggestion(r.id, r.name, best));
            }
        }
        all.sort(Comparator.comparingDouble(Suggestion::similarity).reversed()
                .thenComparing(Suggestion::id, CodePointOrder.INSTANCE));
        return List.copyOf(all.subList(0, Math.min(SUGGESTIONS, all.size())));
    }

    private static List<String> sorted(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        copy.sort(CodePointOrder.INSTANCE);
        return copy;
    }

    /** How typed given names fit a roster person's given names. */
    private enum GivenFit {
        FULL, NICKNAME, PART, INITIALS, NONE;

        static GivenFit of(List<String> typed, List<String> roster) {
            if (NameTokens.compact(typed).equals(NameTokens.compact(roster))) {
                return FULL;
            }
            String first = typed.get(0);
            if (typed.size() == 1 && first.length() > 1) {
                if (EnglishNicknames.equivalent(first, roster.get(0))) {
                    return NICKNAME;
                }
                if (roster.size() > 1 && first.equals(roster.get(0))) {
                    return PART;
                }
            }
            if (roster.size() == 1 && typed.size() > 1 && first.equals(roster.get(0))) {
                return PART;
            }
            return initials(typed, roster) ? INITIALS : NONE;
        }

        private static boolean initials(List<String> typed, List<String> roster) {
            if (typed.size() > roster.size()) {
                return false;
            }
            for (int i = 0; i < typed.size(); i++) {
                if (typed.get(i).length() != 1 || !roster.get(i).startsWith(typed.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A typed name's tokens with its cuts precomputed. */
    private static final class TypedName {
        final List<String> tokens;
        final String compact;
        final String spaced;

        TypedName(List<String> tokens) {
            this.tokens = tokens;
            this.compact = NameTokens.compact(tokens);
            this.spaced = String.join(" ", tokens);
        }

        int cuts() {
            return tokens.size() - 1;
        }

        List<String> first(int k) {
            return tokens.subList(0, k + 1);
        }

        List<String> rest(int k) {
            return tokens.subList(k + 1, tokens.size());
        }

        String before(int k) {
            return NameTokens.compact(first(k));
        }

        String after(int k) {
            return NameTokens.compact(rest(k));
        }
    }
}
