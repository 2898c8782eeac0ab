package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.network.TextLines.Token;

/**
 * Parses a Pajek {@code .net} file (Batagelj and Mrvar, "Pajek: Program for Analysis and Visualization of
 * Large Networks", reference manual, section "Input file formats") into {@link NetworkData}.
 *
 * <p>Sections (case-insensitive): {@code *Network name}; {@code *Vertices n}, then {@code k "label" [x y z
 * ...]} lines (a vertex without a line is named by its number); {@code *Arcs} ({@code from to [weight]
 * [drawing options]}), {@code *Edges} (the same, undirected: a tie each way), {@code *Arcslist} and
 * {@code *Edgeslist} ({@code from to to ...}, weight 1), {@code *Matrix} ({@code n} rows of {@code n}
 * values). A relation name may follow a section keyword as {@code *Arcs :1 "advice"}. Lines starting with
 * {@code %} are comments. A weight of 0 is no tie; drawing options after the weight are not read.
 *
 * <p>A Pajek project ({@code .paj}) holds several networks, each starting with {@code *Network name}: each is
 * a relation named after its network (vertices of the same label are the same person throughout), then
 * {@code *Partition name} and {@code *Vector name} blocks ({@code *Vertices n} and one value a line, for
 * vertices 1..n of the latest network): each becomes a person attribute named after its block.
 */
final class PajekNet {

    private enum Section { NONE, VERTICES, ARCS, ARCS_LIST, MATRIX, ATTRIBUTE_HEADER, ATTRIBUTE }

    private final TextLines lines;
    private final NetworkData.Builder data = new NetworkData.Builder();
    private final Map<String, Integer> numberedLayers = new HashMap<>();
    private final List<String> sectionsSeen = new ArrayList<>();
    private int n = -1;
    private int[] vertices;
    private String networkName;
    /** Networks read before the current one (a Pajek project, .paj, holds several, then partitions and vectors). */
    private int networks;
    /** The first network's name and its default layer, named once a second network makes it one of several. */
    private String firstNetworkName;
    private int firstDefaultLayer = -1;
    /** Nodes by label (case ignored) over every network: the networks of a project share their people. */
    private final Map<String, Integer> byLabel = new HashMap<>();
    /** The partition or vector being read, its vertex count and how many values it has so far. */
    private String attributeName;
    private int attributeCount;
    private int attributeRead;
    private int attributeLine;

    private Section section = Section.NONE;
    private boolean mutual;
    private int layer;
    private int matrixRow;
    private int matrixLine;

    private PajekNet(TextLines lines) {
        this.lines = lines;
    }

    static NetworkData parse(String text, String file) {
        return new PajekNet(new TextLines(text, file)).read();
    }

    /** Whether the first line that is not blank or a comment starts with {@code *Network} or {@code *Vertices}. */
    static boolean looksLikePajek(String text) {
        for (String line : text.split("\r\n|\n|\r", 50)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("%")) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            return lower.startsWith("*vertices") || lower.startsWith("*network");
        }
        return false;
    }

    private NetworkData read() {
        for (int l = 0; l < lines.count(); l++) {
            String s = lines.line(l).strip();
            if (s.isEmpty() || s.startsWith("%")) {
                continue;
            }
            if (s.startsWith("*")) {
                section(l);
            } else {
                switch (section) {
                    case NONE -> throw new InputException(lines.at(l, 1),
                            "a Pajek file starts with *Vertices n (or *Network name)");
                    case VERTICES -> vertex(l);
                    case ARCS -> arc(l);
                    case ARCS_LIST -> arcList(l);
                    case MATRIX -> matrixRow(l);
                    case ATTRIBUTE_HEADER -> throw new InputException(lines.at(l, 1), "a *Partition or *Vector"
                            + " needs its *Vertices n line before its values");
                    case ATTRIBUTE -> attributeValue(l);
                }
            }
        }
        endMatrix();
        endAttribute(lines.count() - 1);
        if (n < 0 && networks == 0) {
            throw new InputException(lines.end(), "the Pajek file has no *Vertices line");
        }
        String summary = networks > 0 ? "Pajek project, " + (networks + 1) + " networks as relations"
                + (sectionsSeen.isEmpty() ? "" : ", " + String.join(", ", sectionsSeen))
                : "Pajek" + (networkName == null ? "" : " network '" + networkName + "'") + ", *Vertices " + n
                + (sectionsSeen.isEmpty() ? ", no ties" : ", " + String.join(", ", sectionsSeen));
        return data.build(summary);
    }

    private void section(int l) {
        endMatrix();
        if (section == Section.ATTRIBUTE && !lines.line(l).strip().toLowerCase(Locale.ROOT).startsWith("*vertices")) {
            endAttribute(l);
        }
        List<Token> tokens = lines.tokens(l, 0, "");
        Token keyword = tokens.get(0);
        String word = keyword.lower();
        if (word.equals("*network")) {
            String name = lines.line(l).strip().substring(keyword.text().length()).strip();
            if (n >= 0) {
                // a project file: the next network is another relation of the same people
                endAttribute(l);
                networks++;
                n = -1;
                vertices = null;
                if (networks == 1 && firstDefaultLayer >= 0) {
                    data.renameLayer(firstDefaultLayer, firstNetworkName == null ? "network-1" : firstNetworkName);
                }
            }
            networkName = name.isEmpty() ? null : unquote(name);
            if (networks == 0) {
                firstNetworkName = networkName;
            }
            section = Section.NONE;
            return;
        }
        if (word.equals("*partition") || word.equals("*vector")) {
            endAttribute(l);
            if (n < 0) {
                throw new InputException(lines.at(l, keyword), keyword.text() + " before any network's *Vertices");
            }
            String name = lines.line(l).strip().substring(keyword.text().length()).strip();
            attributeName = name.isEmpty() ? word.substring(1) : unquote(name);
            attributeLine = l;
            section = Section.ATTRIBUTE_HEADER;
            sectionsSeen.add(lines.line(l).strip());
            return;
        }
        if (word.equals("*vertices") && section == Section.ATTRIBUTE_HEADER) {
            if (tokens.size() < 2) {
                throw new InputException(lines.at(l, keyword), "*Vertices needs the number of vertices");
            }
            attributeCount = count(l, tokens.get(1));
            if (attributeCount > n) {
                throw new InputException(lines.at(l, tokens.get(1)), "the " + attributeName + " has "
                        + attributeCount + " vertices but the network has " + n);
            }
            attributeRead = 0;
            section = Section.ATTRIBUTE;
            return;
        }
        if (word.equals("*vertices")) {
            if (n >= 0) {
                throw new InputException(lines.at(l, keyword), "a second *Vertices section");
            }
            if (tokens.size() < 2) {
                throw new InputException(lines.at(l, keyword), "*Vertices needs the number of vertices");
            }
            n = DeclaredSize.people(count(l, tokens.get(1)), "*Vertices " + tokens.get(1).text(),
                    lines.at(l, tokens.get(1)));
            vertices = new int[n];
            Arrays.fill(vertices, -1);
            section = Section.VERTICES;
            return;
        }
        section = switch (word) {
            case "*arcs", "*edges" -> Section.ARCS;
            case "*arcslist", "*edgeslist" -> Section.ARCS_LIST;
            case "*matrix" -> Section.MATRIX;
            default -> throw new InputException(lines.at(l, keyword), "unknown Pajek section '" + keyword.text()
                    + "'; plnet reads *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition"
                    + " and *Vector");
        };
        if (n < 0) {
            throw new InputException(lines.at(l, keyword), keyword.text() + " before *Vertices");
        }
        mutual = word.startsWith("*edges");
        layer = layer(l, tokens);
        matrixRow = 0;
        matrixLine = l;
        sectionsSeen.add(lines.line(l).strip());
    }

    /** The layer of a section: {@code :k "name"} after the keyword names it; none is the file's default layer. */
    private int layer(int l, List<Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(1).text().startsWith(":")) {
            if (tokens.size() > 1) {
                throw new InputException(lines.at(l, tokens.get(1)), "unexpected '" + tokens.get(1).text()
                        + "' after " + tokens.get(0).text() + "; a relation is given as :1 \"name\"");
            }
            if (networks > 0) {
                return data.layer(networkName == null ? "network-" + (networks + 1) : networkName);
            }
            int first = data.layer(null);
            firstDefaultLayer = first;
            return first;
        }
        String number = tokens.get(1).text().substring(1);
        String name = tokens.size() > 2 ? tokens.get(2).text().strip() : null;
        String key = name != null ? "name:" + name : "number:" + number;
        Integer known = numberedLayers.get(key);
        if (known == null) {
            known = name != null ? data.layer(name) : data.newLayer(null);
            numberedLayers.put(key, known);
        }
        return known;
    }

    private int count(int l, Token t) {
        try {
            int value = Integer.parseInt(t.text());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(lines.at(l, t), "*Vertices needs a whole number of vertices, not '" + t.text() + "'");
    }

    private void vertex(int l) {
        List<Token> tokens = lines.tokens(l, 0, "");
        int k = number(l, tokens.get(0));
        if (vertices[k - 1] >= 0 && data.node(vertices[k - 1]).listed()) {
            throw new InputException(lines.at(l, tokens.get(0)), "vertex " + k + " is listed twice (also on line "
                    + data.node(vertices[k - 1]).where().line() + ")");
        }
        String label = tokens.size() > 1 ? tokens.get(1).text() : Integer.toString(k);
        String key = label.strip().toLowerCase(Locale.ROOT);
        Integer known = networks > 0 ? byLabel.get(key) : null;
        vertices[k - 1] = known != null ? known : data.node(null, label, true,
                lines.at(l, tokens.size() > 1 ? tokens.get(1) : tokens.get(0)), Map.of());
        byLabel.putIfAbsent(key, vertices[k - 1]);
    }

    /** The vertex numbered by a token, created (named by its number) when it has no line of its own. */
    private int vertexOf(int l, Token t) {
        int k = number(l, t);
        if (vertices[k - 1] < 0) {
            vertices[k - 1] = data.node(null, Integer.toString(k), false, lines.at(l, t), Map.of());
        }
        return vertices[k - 1];
    }

    private int number(int l, Token t) {
        int k;
        try {
            k = Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw new InputException(lines.at(l, t), "'" + t.text() + "' is not a vertex number");
        }
        if (k < 1 || k > n) {
            throw new InputException(lines.at(l, t), "vertex " + k + " is out of range: *Vertices " + n
                    + " allows 1.." + n);
        }
        return k;
    }

    private void arc(int l) {
        List<Token> tokens = lines.tokens(l, 0, "");
        if (tokens.size() < 2) {
            throw new InputException(lines.at(l, tokens.get(0)), "a tie line is 'from to [weight]'");
        }
        int from = vertexOf(l, tokens.get(0));
        int to = vertexOf(l, tokens.get(1));
        Token at = tokens.size() > 2 ? tokens.get(2) : tokens.get(0);
        double w = tokens.size() > 2 ? lines.value(l, tokens.get(2), "the weight") : 1;
        if (w != 0) {
            data.arc(from, to, w, layer, null, mutual, lines.at(l, at));
        }
    }

    private void arcList(int l) {
        List<Token> tokens = lines.tokens(l, 0, "");
        int from = vertexOf(l, tokens.get(0));
        for (Token t : tokens.subList(1, tokens.size())) {
            data.arc(from, vertexOf(l, t), 1, layer, null, mutual, lines.at(l, t));
        }
    }

    private void matrixRow(int l) {
        List<Token> tokens = lines.tokens(l, 0, "");
        if (matrixRow >= n) {
            throw new InputException(lines.at(l, 1), "*Matrix has more than " + n + " rows");
        }
        if (tokens.size() != n) {
            int column = tokens.size() > n ? tokens.get(n).column() : lines.line(l).length() + 1;
            throw new InputException(lines.at(l, column), "row " + (matrixRow + 1) + " of *Matrix has "
                    + tokens.size() + " values; *Vertices " + n + " needs " + n);
        }
        for (int c = 0; c < n; c++) {
            double w = lines.value(l, tokens.get(c), "the value");
            if (w != 0) {
                int from = vertexOf(l, new Token(Integer.toString(matrixRow + 1), tokens.get(c).column(), false));
                int to = vertexOf(l, new Token(Integer.toString(c + 1), tokens.get(c).column(), false));
                data.arc(from, to, w, layer, null, false, lines.at(l, tokens.get(c)));
            }
        }
        matrixRow++;
    }

    /** One value of a partition or vector: the attribute of the next vertex of the latest network. */
    private void attributeValue(int l) {
        List<Token> tokens = lines.tokens(l, 0, "");
        if (attributeRead >= attributeCount) {
            throw new InputException(lines.at(l, tokens.get(0)), "the " + attributeName + " has more than "
                    + attributeCount + " values");
        }
        attributeRead++;
        int node = vertexOf(l, new Token(Integer.toString(attributeRead), tokens.get(0).column(), false));
        data.attribute(node, attributeName, tokens.get(0).text());
    }

    private void endAttribute(int l) {
        if (section == Section.ATTRIBUTE_HEADER) {
            throw new InputException(lines.at(attributeLine, 1), "the " + attributeName + " block has no *Vertices n"
                    + " line and no values");
        }
        if (section == Section.ATTRIBUTE && attributeRead < attributeCount) {
            throw new InputException(lines.at(l, 1), "the " + attributeName + " has " + attributeRead
                    + " values; its *Vertices " + attributeCount + " needs " + attributeCount);
        }
    }

    private static String unquote(String name) {
        String s = name.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private void endMatrix() {
        if (section == Section.MATRIX && matrixRow < n) {
            throw new InputException(lines.at(matrixLine, 1), "*Matrix has " + matrixRow + " rows; *Vertices " + n
                    + " needs " + n);
        }
    }
}
