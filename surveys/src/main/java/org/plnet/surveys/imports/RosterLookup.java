package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.NameMatcher;

/**
 * Finds roster people from what an export holds about them: an id, an email or a name. An id is the user's
 * alias (the text as typed, trimmed) or a roster id, exactly or, when that leaves one person, ignoring case;
 * names go through the {@link NameMatcher} (with the aliases; a value with a digit or an {@code @} is not a name);
 * emails are compared ignoring case and surrounding spaces against the roster's {@code email} column
 * ({@code email}, {@code e-mail} or {@code email address}, any case). Not thread-safe (it remembers matches).
 */
public final class RosterLookup {

    /** Name rules sure enough to identify a respondent or a grid column: whole names and initials. */
    public static final double SURE_NAME_CONFIDENCE = 0.8;

    private final NameMatcher matcher;
    private final Map<String, List<String>> emails = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, List<String>> idsIgnoringCase = new HashMap<>();
    private final Map<String, String> aliases;
    private final Map<String, NameMatch> matched = new HashMap<>();
    private final List<Person> roster;

    public RosterLookup(List<Person> roster, Map<String, String> aliases) {
        this.roster = List.copyOf(roster);
        this.matcher = new NameMatcher(roster, aliases);
        this.aliases = new HashMap<>();
        aliases.forEach((typed, id) -> this.aliases.put(typed.strip(), id));
        for (Person p : roster) {
            ids.put(p.id(), p.id());
            List<String> same = idsIgnoringCase.computeIfAbsent(p.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            same.add(p.id());
            p.attributes().forEach((column, value) -> {
                String c = column.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", " ");
                if ((c.equals("email") || c.equals("email address")) && !value.isBlank()) {
                    List<String> ids = emails.computeIfAbsent(value.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                    if (!ids.contains(p.id())) {
                        ids.add(p.id());
                    }
                }
            });
        }
    }

    public List<Person> roster() {
        return roster;
    }

    /** Whether the roster has emails to match. */
    public boolean hasEmails() {
        return !emails.isEmpty();
    }

    /** The name matcher (aliases, ids, names). */
    public NameMatcher matcher() {
        return matcher;
    }

    /** Resolves a non-blank value of the given kind; an empty result is no one, or several people. */
    public Optional<String> find(String value, RespondentKey key) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        switch (key) {
            case EMAIL: {
                List<String> ids = emails.get(v.toLowerCase(Locale.ROOT));
                return ids != null && ids.size() == 1 ? Optional.of(ids.get(0)) : aliasOnly(v);
            }
            case ID: {
                String id = aliases.getOrDefault(v, ids.get(v));
                if (id != null) {
                    return Optional.of(id);
                }
                List<String> same = idsIgnoringCase.get(v.toLowerCase(Locale.ROOT));
                return same != null && same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
            }
            default: {
                if (!aliases.containsKey(v) && v.chars().anyMatch(c -> Character.isDigit(c) || c == '@')) {
                    return Optional.empty();
                }
                NameMatch m = match(v);
                return m instanceof NameMatch.Matched hit && hit.confidence() >= SURE_NAME_CONFIDENCE
                        ? Optional.of(hit.id()) : Optional.empty();
            }
        }
    }

    /** The full answer of the name matcher for a non-blank text (remembered: exports repeat names). */
    public NameMatch match(String value) {
        return matched.computeIfAbsent(value.strip(), matcher::match);
    }

    private Optional<String> aliasOnly(String v) {
        return Optional.ofNullable(aliases.get(v));
    }
}
