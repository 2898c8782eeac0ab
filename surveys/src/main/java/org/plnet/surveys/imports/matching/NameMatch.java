package org.plnet.surveys.imports.matching;

import java.util.List;
import java.util.Objects;

/**
 * What one typed name resolved to: exactly one person ({@link Matched}), several people it fits
 * equally ({@link Ambiguous}), or no one ({@link Unmatched}). Only a {@link Matched} result may
 * become a tie; the other two are reported so that the user can settle them with an alias file.
 */
public sealed interface NameMatch permits NameMatch.Matched, NameMatch.Ambiguous, NameMatch.Unmatched {

    /** The text as typed (trimmed). */
    String typed();

    /**
     * The name fits one person.
     *
     * @param typed the text as typed
     * @param id    the person's roster id
     * @param rule  the strongest rule that tied the text to the person
     */
    record Matched(String typed, String id, MatchRule rule) implements NameMatch {
        public Matched {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(rule, "rule");
        }

        /** The confidence of the rule that matched, in (0, 1]. */
        public double confidence() {
            return rule.confidence();
        }
    }

    /**
     * The name fits several people under the same strength of rule; none is chosen.
     *
     * @param typed      the text as typed
     * @param candidates the ids of the people it fits, in code point order, at least two
     */
    record Ambiguous(String typed, List<String> candidates) implements NameMatch {
        public Ambiguous {
            Objects.requireNonNull(typed, "typed");
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous name needs at least two candidates");
            }
        }
    }

    /**
     * The name fits no one.
     *
     * @param typed       the text as typed
     * @param suggestions the closest roster names, most similar first (possibly none)
     */
    record Unmatched(String typed, List<Suggestion> suggestions) implements NameMatch {
        public Unmatched {
            Objects.requireNonNull(typed, "typed");
            suggestions = List.copyOf(suggestions);
        }
    }
}
