package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.RawTable;

/**
 * Reads an edge list: one tie per row, {@code source,target[,weight]}, each person given by a roster id or a
 * name. A header row is recognised by its words ({@code source}/{@code from}/{@code ego}, {@code target}/
 * {@code to}/{@code alter}, {@code weight}/{@code value}, and optionally {@code relation} and {@code wave}, in
 * any order and case); without one, the columns are source, target and an optional weight. An empty weight is
 * 1, a weight of 0 is no tie, an empty relation or wave is the import's.
 */
final class EdgeListTable {

    enum Role { SOURCE, TARGET, WEIGHT, RELATION, WAVE }

    private static final Map<String, Role> WORDS = words();

    private EdgeListTable() {
    }

    private static Map<String, Role> words() {
        Map<String, Role> w = new HashMap<>();
        for (String s : List.of("source", "from", "ego", "sender", "respondent", "nominator", "source id", "from id",
                "id1", "node1", "i")) {
            w.put(s, Role.SOURCE);
        }
        for (String s : List.of("target", "to", "alter", "receiver", "nominee", "named", "target id", "to id", "id2",
                "node2", "j")) {
            w.put(s, Role.TARGET);
        }
        for (String s : List.of("weight", "value", "strength", "frequency", "w")) {
            w.put(s, Role.WEIGHT);
        }
        for (String s : List.of("relation", "relationship", "tie", "kind", "type", "layer")) {
            w.put(s, Role.RELATION);
        }
        for (String s : List.of("wave", "round", "period")) {
            w.put(s, Role.WAVE);
        }
        return Map.copyOf(w);
    }

    /** The role of each column when the first row is a header naming a source and a target column, else null. */
    static Role[] header(RawTable t) {
        if (t.rowCount() == 0) {
            return null;
        }
        Role[] roles = new Role[t.width(0)];
        boolean source = false;
        boolean target = false;
        for (int c = 0; c < roles.length; c++) {
            String word = t.cell(0, c).strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            Role role = WORDS.get(word);
            for (int before = 0; before < c && role != null; before++) {
                if (roles[before] == role) {
                    role = null;
                }
            }
            roles[c] = role;
            source |= role == Role.SOURCE;
            target |= role == Role.TARGET;
        }
        return source && target ? roles : null;
    }

    static NetworkData parse(RawTable t) {
        if (t.rowCount() == 0) {
            throw new InputException(t.location(), "the edge list is empty");
        }
        Role[] roles = header(t);
        int first = 1;
        List<String> ignored = new ArrayList<>();
        if (roles == null) {
            first = 0;
            if (t.maxWidth() > 3) {
                throw new InputException(t.location(0), "an edge list without a header row has 2 or 3 columns "
                        + "(source,target[,weight]); this one has " + t.maxWidth()
                        + ": add a header row (source,target,weight,relation,wave)");
            }
            roles = new Role[] {Role.SOURCE, Role.TARGET, Role.WEIGHT};
        } else {
            for (int c = 0; c < roles.length; c++) {
                if (roles[c] == null && !t.cell(0, c).isBlank()) {
                    ignored.add(t.cell(0, c).strip());
                }
            }
        }
        int[] column = new int[Role.values().length];
        Arrays.fill(column, -1);
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != null) {
                column[roles[c].ordinal()] = c;
            }
        }
        NetworkData.Builder data = new NetworkData.Builder();
        Map<String, Integer> nodes = new HashMap<>();
        int rows = 0;
        for (int r = first; r < t.rowCount(); r++) {
            rows++;
            int s = person(t, r, column[Role.SOURCE.ordinal()], "source", data, nodes);
            int g = person(t, r, column[Role.TARGET.ordinal()], "target", data, nodes);
            double w = 1;
            int wc = column[Role.WEIGHT.ordinal()];
            if (wc >= 0 && !t.cell(r, wc).isBlank()) {
                w = TextLines.strength(t.cell(r, wc).strip(), t.location(r, wc), "the weight");
            }
            String relation = cell(t, r, column[Role.RELATION.ordinal()]);
            String wave = cell(t, r, column[Role.WAVE.ordinal()]);
            int layer = data.layer(relation);
            if (w != 0) {
                data.arc(s, g, w, layer, wave, false, t.location(r, column[Role.SOURCE.ordinal()]));
            }
        }
        StringBuilder summary = new StringBuilder("edge list, ").append(rows).append(rows == 1 ? " row" : " rows");
        summary.append(first == 1 ? ", header row" : ", no header row (source,target,weight)");
        if (!ignored.isEmpty()) {
            summary.append(", columns not read: ").append(String.join(", ", ignored));
        }
        return data.build(summary.toString());
    }

    private static String cell(RawTable t, int r, int c) {
        if (c < 0 || t.cell(r, c).isBlank()) {
            return null;
        }
        return t.cell(r, c).strip();
    }

    private static int person(RawTable t, int r, int c, String what, NetworkData.Builder data, Map<String, Integer> nodes) {
        String text = t.cell(r, c).strip();
        if (text.isEmpty()) {
            throw new InputException(t.location(r, c), "the " + what + " is empty");
        }
        return nodes.computeIfAbsent(text.toLowerCase(Locale.ROOT),
                k -> data.node(null, text, false, t.location(r, c), Map.of()));
    }
}
