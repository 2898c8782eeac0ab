package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.imports.matching.MatchRule;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.NameMatcher;
import org.plnet.surveys.imports.matching.Suggestion;

/**
 * Turns what a parser read from a network file into an {@link ImportedSurvey}: each node matched to a roster
 * person, each tie between two matched people kept under its relation.
 *
 * <p>A node is matched by its text through the {@link NameMatcher} (the user's aliases, then roster ids, then
 * names); a node with a file id of its own (GraphML, GEXF) is matched by that id when it is a roster id or an
 * alias, else by its label. A node that fits no one or several people goes to the unmatched list, and its ties
 * are left out and counted. Two nodes the file lists that are one person are reported (their ties merge); names
 * that only tie lines give (an edge list) may spell one person several ways without a report. A tie of a person to themselves is left out and counted. An undirected tie stands
 * for a tie each way. Respondents are the sources of the ties (a network file does not say who answered).
 *
 * <p>Relations: a file that names no relation (or one layer the file leaves unnamed) takes the import's
 * relation; relations the file names (DL matrix labels, Pajek {@code *Arcs :1 "advice"}, a GraphML
 * {@code relation} edge attribute, a GEXF edge {@code kind}) keep their names, unless the file names exactly one
 * and the user named one with {@code --relation}. Several unnamed layers are numbered: {@code advice-1},
 * {@code advice-2}.
 */
final class NetworkImport {

    private NetworkImport() {
    }

    static ImportedSurvey resolve(SurveyFormat format, NetworkData data, ImportSettings settings, String file) {
        Map<String, Person> roster = new HashMap<>();
        for (Person p : settings.roster()) {
            roster.put(p.id(), p);
        }
        ImportedSurvey.Builder out = ImportedSurvey.builder(format);
        out.reportLine(format.cliName() + ": " + data.summary());
        Map<String, Integer> firstNodeOf = new HashMap<>();
        String[] ids = matchNodes(data, settings, roster, firstNodeOf, out);
        ties(data, ids, relationNames(data.layers(), settings, file), settings.wave(), out);
        List<NetworkNode> nodes = data.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NetworkNode node = nodes.get(i);
            if (ids[i] != null && !node.attributes().isEmpty() && firstNodeOf.get(ids[i]) == i) {
                Person p = roster.get(ids[i]);
                out.person(new Person(p.id(), p.name(), p.school(), p.role(), p.member(), node.attributes()));
            }
        }
        return out.build();
    }

    /**
     * The roster id of each node (null when it is not settled or not used), reported.
     *
     * @param firstNodeOf collects the first node of each roster id
     */
    private static String[] matchNodes(NetworkData data, ImportSettings settings, Map<String, Person> roster,
                                       Map<String, Integer> firstNodeOf, ImportedSurvey.Builder out) {
        NameMatcher matcher = new NameMatcher(settings.roster(), settings.aliases());
        List<NetworkNode> nodes = data.nodes();
        boolean[] used = new boolean[nodes.size()];
        for (NetworkArc a : data.arcs()) {
            used[a.source()] = true;
            used[a.target()] = true;
        }
        String[] ids = new String[nodes.size()];
        int byId = 0;
        int byAlias = 0;
        int byName = 0;
        int unsettled = 0;
        List<String> nameLines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            NetworkNode node = nodes.get(i);
            if (!node.listed() && !used[i]) {
                continue;
            }
            NameMatch m = match(matcher, node);
            if (m instanceof NameMatch.Matched hit) {
                ids[i] = hit.id();
                switch (hit.rule()) {
                    case ID -> byId++;
                    case ALIAS -> byAlias++;
                    default -> {
                        byName++;
                        nameLines.add("node '" + m.typed() + "' (" + node.where() + ") is " + hit.id() + " "
                                + roster.get(hit.id()).name() + ": " + hit.rule().description() + ", confidence "
                                + String.format(Locale.ROOT, "%.2f", hit.confidence()));
                    }
                }
                Integer first = firstNodeOf.putIfAbsent(hit.id(), i);
                if (first != null && node.listed() && nodes.get(first).listed()) {
                    out.issue(node.where(), "'" + node.label() + "' and '" + nodes.get(first).label() + "' ("
                            + nodes.get(first).where() + ") are both " + hit.id() + " " + roster.get(hit.id()).name()
                            + "; their ties are merged");
                }
            } else {
                unsettled++;
                out.unmatched(unmatched(m, node));
            }
        }
        out.reportLine("nodes: " + (byId + byAlias + byName + unsettled) + " in the file; "
                + (byId + byAlias + byName) + " matched to the roster (" + byId + " by id, " + byName + " by name, "
                + byAlias + " by alias); " + unsettled + " not settled (listed in unmatched.csv)");
        nameLines.forEach(out::reportLine);
        return ids;
    }

    /** The ties between matched nodes, under their relations; ties left out are reported and counted. */
    private static void ties(NetworkData data, String[] ids, String[] relations, String defaultWave,
                             ImportedSurvey.Builder out) {
        Map<String, Integer> tiesPerRelation = new LinkedHashMap<>();
        Map<Integer, Integer> leftOut = new LinkedHashMap<>();
        int selfTies = 0;
        SourceLocation firstSelf = null;
        int mutual = 0;
        for (NetworkArc a : data.arcs()) {
            String s = ids[a.source()];
            String t = ids[a.target()];
            if (s == null || t == null) {
                leftOut.merge(s == null ? a.source() : a.target(), 1, Integer::sum);
                continue;
            }
            if (s.equals(t)) {
                selfTies++;
                firstSelf = firstSelf == null ? a.where() : firstSelf;
                continue;
            }
            String relation = relations[a.layer()];
            String wave = a.wave() == null ? defaultWave : a.wave();
            out.tie(new ImportedTie(s, t, relation, wave, a.weight(), a.where()));
            int count = 1;
            if (a.mutual()) {
                out.tie(new ImportedTie(t, s, relation, wave, a.weight(), a.where()));
                mutual++;
                count++;
            }
            tiesPerRelation.merge(relation, count, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> e : leftOut.entrySet()) {
            NetworkNode node = data.nodes().get(e.getKey());
            out.issue(node.where(), "'" + node.label() + "' is not settled to one roster person: its "
                    + e.getValue() + (e.getValue() == 1 ? " tie is" : " ties are")
                    + " left out (settle it in an aliases file and import again)");
        }
        if (selfTies > 0) {
            out.issue(firstSelf, selfTies + (selfTies == 1 ? " tie" : " ties")
                    + " of a person to themselves left out (the first here)");
        }
        if (mutual > 0) {
            out.reportLine(mutual + " undirected ties read as a tie each way");
        }
        if (tiesPerRelation.isEmpty()) {
            out.reportLine("ties: none between roster people");
        }
        tiesPerRelation.forEach((relation, count) -> out.reportLine("relation " + relation + ": " + count + " ties"));
    }

    private static NameMatch match(NameMatcher matcher, NetworkNode node) {
        String label = node.label().isBlank() && node.key() != null ? node.key() : node.label();
        if (node.key() != null && !node.key().isBlank() && !node.key().equals(label)) {
            NameMatch byKey = matcher.match(node.key());
            if (byKey instanceof NameMatch.Matched hit && (hit.rule() == MatchRule.ID || hit.rule() == MatchRule.ALIAS)) {
                return byKey;
            }
        }
        if (label.isBlank()) {
            return new NameMatch.Unmatched("", List.of());
        }
        return matcher.match(label);
    }

    private static UnmatchedName unmatched(NameMatch m, NetworkNode node) {
        if (m instanceof NameMatch.Ambiguous a) {
            return new UnmatchedName(node.label(), UnmatchedName.Kind.AMBIGUOUS, "", a.candidates(), node.where());
        }
        List<String> suggestions = ((NameMatch.Unmatched) m).suggestions().stream().map(Suggestion::id).toList();
        return new UnmatchedName(node.label(), UnmatchedName.Kind.UNMATCHED, "", suggestions, node.where());
    }

    /** The relation of each layer (see the class comment). */
    static String[] relationNames(List<String> layers, ImportSettings settings, String file) {
        String[] names = new String[layers.size()];
        long unnamed = layers.stream().filter(Objects::isNull).count();
        long named = layers.size() - unnamed;
        if (unnamed == 0 && named > 1 && settings.relationGiven()) {
            throw new InputException(SourceLocation.ofFile(file), "the file names " + named + " relations ("
                    + String.join(", ", layers) + "); --relation " + settings.relation()
                    + " cannot name them all: leave it out");
        }
        int k = 0;
        for (int i = 0; i < names.length; i++) {
            String name = layers.get(i);
            if (name == null) {
                k++;
                names[i] = unnamed == 1 ? settings.relation() : settings.relation() + "-" + k;
            } else {
                names[i] = unnamed == 0 && named == 1 && settings.relationGiven() ? settings.relation() : name;
            }
        }
        return names;
    }
}
