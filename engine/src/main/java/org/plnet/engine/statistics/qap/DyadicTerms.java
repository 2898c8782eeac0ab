package org.plnet.engine.statistics.qap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * Reads a TERM of {@code plnet qap} (statistics.md, section 3) against a study:
 * <ul>
 *   <li>a term starting with {@code same:} is always an attribute term: 1 when both people have the same
 *       non-empty value of the people.csv column (name case-insensitive; trimmed, case-sensitive text;
 *       {@code member} by meaning, so never empty);
 *   <li>any other term is {@code REL@WAVE}, split at its last {@code @}: the graph D of that relation and wave
 *       (a wave of the study without ties of the relation gives an empty D); {@code REL} alone when the
 *       relation has a single analysis.
 * </ul>
 * An unknown relation, wave or column is an {@link InputException} naming the term.
 */
public final class DyadicTerms {

    private static final String SAME = "same:";

    private DyadicTerms() {
    }

    /**
     * The term, labelled canonically ({@code REL@WAVE} with the wave filled in, {@code same:} with the column
     * as in the header).
     *
     * @param option   the option that gave it, {@code --y} or {@code --x}, for messages
     * @param weighted whether relation terms take the tie's weight instead of 1
     */
    public static DyadicTerm parse(Study study, String term, boolean weighted, String option) {
        SourceLocation where = SourceLocation.ofFile(option + " " + term);
        if (term.startsWith(SAME)) {
            return sameGroup(study, term.substring(SAME.length()), where);
        }
        int at = term.lastIndexOf('@');
        String relation = at < 0 ? term : term.substring(0, at);
        if (!study.relations().containsKey(relation)) {
            throw new InputException(where, "no relation '" + relation + "' in the study (relations: "
                    + String.join(", ", study.relations().keySet()) + ")");
        }
        List<KeptTies> analyses = study.layers().stream().filter(l -> l.relation().equals(relation)).toList();
        String wave;
        if (at >= 0) {
            wave = term.substring(at + 1);
            if (!study.waves().contains(wave)) {
                throw new InputException(where, "no wave '" + wave + "' in the study (waves: "
                        + String.join(", ", study.waves()) + ")");
            }
        } else if (analyses.size() == 1) {
            wave = analyses.get(0).wave();
        } else {
            throw new InputException(where, "relation '" + relation + "' has " + analyses.size()
                    + " analyses: name the wave as " + relation + "@WAVE");
        }
        Optional<KeptTies> layer = study.layer(relation, wave);
        CompactGraph d = layer.map(l -> StudyGraph.of(study, l).compact())
                .orElseGet(() -> CompactGraph.empty(study.size()));
        return new DyadicTerm.Ties(relation + "@" + wave, d, weighted);
    }

    private static DyadicTerm sameGroup(Study study, String column, SourceLocation where) {
        String wanted = column.trim().toLowerCase(Locale.ROOT);
        Function<Person, String> value = switch (wanted) {
            case "id" -> Person::id;
            case "name" -> Person::name;
            case "school" -> Person::school;
            case "role" -> Person::role;
            case "member" -> p -> Boolean.toString(p.member());
            default -> null;
        };
        String header = wanted;
        if (value == null) {
            header = study.people().stream().flatMap(p -> p.attributes().keySet().stream())
                    .filter(k -> k.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(null);
            if (header == null) {
                throw new InputException(where, "no column '" + column.trim() + "' in people.csv to compare");
            }
            String key = header;
            value = p -> p.attributes().get(key);
        }
        Map<String, Integer> index = new HashMap<>();
        List<Person> people = study.people();
        int[] group = new int[people.size()];
        for (int v = 0; v < group.length; v++) {
            String raw = value.apply(people.get(v));
            String trimmed = raw == null ? "" : raw.trim();
            group[v] = trimmed.isEmpty() ? -1 : index.computeIfAbsent(trimmed, s -> index.size());
        }
        return new DyadicTerm.SameGroup(SAME + header, group, index.size());
    }

    /** The terms of several {@code --x}. */
    public static List<DyadicTerm> parseAll(Study study, List<String> terms, boolean weighted, String option) {
        List<DyadicTerm> out = new ArrayList<>();
        for (String t : terms) {
            out.add(parse(study, t, weighted, option));
        }
        return out;
    }
}
