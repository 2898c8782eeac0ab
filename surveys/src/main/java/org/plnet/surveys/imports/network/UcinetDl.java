package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.network.TextLines.Token;

/**
 * Parses a UCINET DL file (Borgatti, Everett and Freeman, UCINET 6 User's Guide, 2002, section 3.3
 * "DL Filetype") into {@link NetworkData}.
 *
 * <p>Header: {@code DL} first; then, in any order, case-insensitive, separated by spaces, commas, line
 * breaks or {@code =}: {@code n=}, or {@code nr=} and {@code nc=} (rows are the reporting people,
 * columns the people named); {@code nm=} matrices; {@code format=} {@code fullmatrix} (the default),
 * {@code lowerhalf}, {@code upperhalf}, {@code edgelist1} or {@code nodelist1} ({@code edgelist2} and
 * {@code nodelist2} are read as these, rows and columns matched by label); {@code diagonal=present|absent}
 * (matrices); labels listed
 * after {@code labels:}, {@code row labels:}, {@code column labels:} (comma- or space-separated, quoted
 * when they hold spaces and no comma) or {@code labels embedded} (also {@code row labels embedded},
 * {@code column labels embedded}) in the data; relation names after {@code matrix labels:} (or its older name {@code level labels:}); and
 * {@code data:}.
 *
 * <p>Data: fullmatrix has one line per row, with exactly {@code nc} values (one fewer with the
 * diagonal absent), after the row's label when labels are embedded, and a line of column labels first;
 * several matrices follow one another, each may repeat its column-label line. lowerhalf row i holds
 * columns 1..i (1..i-1 without the diagonal, whose empty first row has no line), upperhalf row i columns
 * i..n (i+1..n, no line for the last row); each value is a tie both ways. edgelist1 lines are
 * {@code from to [value]}, nodelist1 lines {@code ego alter alter ...}; nodes are numbers 1..n, or
 * labels when embedded; a line holding only {@code !} ends one matrix and starts the next. A value
 * of 0 is no tie; without a value a tie is 1. Without labels, a node is named by its number.
 */
final class UcinetDl {

    private final TextLines lines;
    private final DlHeader h;
    private final NetworkData.Builder data = new NetworkData.Builder();
    private final Map<String, Integer> nodesByLabel = new HashMap<>();

    private UcinetDl(TextLines lines) {
        this.lines = lines;
        this.h = DlHeader.read(lines);
    }

    static NetworkData parse(String text, String file) {
        return new UcinetDl(new TextLines(text, file)).read();
    }

    /** Whether a text starts like a DL file (its first word is {@code DL}). */
    static boolean looksLikeDl(String text) {
        String start = text.stripLeading();
        return start.length() >= 2 && start.substring(0, 2).equalsIgnoreCase("dl")
                && (start.length() == 2 || !Character.isLetterOrDigit(start.charAt(2)));
    }

    private NetworkData read() {
        for (int m = 0; m < h.nm; m++) {
            data.newLayer(h.matrixLabels == null ? null : h.matrixLabels.get(m).text().strip());
        }
        int[] rowNodes = nodes(h.rows(), h.rowLabels != null ? h.rowLabels : h.labels, h.rowsEmbedded);
        boolean shared = h.square() && h.rowLabels == null && h.columnLabels == null && !h.rowsEmbedded
                && !h.columnsEmbedded;
        int[] columnNodes = shared ? rowNodes
                : nodes(h.columns(), h.columnLabels != null ? h.columnLabels : h.labels, h.columnsEmbedded);
        if (h.layout == DlHeader.Layout.FULLMATRIX || h.layout.half()) {
            fullMatrix(rowNodes, columnNodes);
        } else {
            lists(rowNodes, columnNodes);
        }
        return data.build(h.summary());
    }

    // ---- nodes ----

    /** The node of each of {@code count} rows (or columns): from the labels, or numbered, or -1 (embedded). */
    private int[] nodes(int count, List<DlHeader.Label> listed, boolean embedded) {
        int[] nodes = new int[count];
        Map<String, DlHeader.Label> seen = new HashMap<>();
        for (int k = 0; k < count; k++) {
            if (embedded) {
                nodes[k] = -1;
            } else if (listed != null) {
                DlHeader.Label l = listed.get(k);
                DlHeader.Label before = seen.putIfAbsent(key(l.text()), l);
                if (before != null) {
                    throw new InputException(l.where(), "the label '" + l.text() + "' is listed twice (also at "
                            + before.where() + ")");
                }
                nodes[k] = labelled(l.text(), l.where(), true);
            } else {
                nodes[k] = labelled(Integer.toString(k + 1), h.sizeAt, false);
            }
        }
        return nodes;
    }

    /** The node labelled {@code label} (case and surrounding spaces ignored), added when new. */
    private int labelled(String label, SourceLocation where, boolean listed) {
        return nodesByLabel.computeIfAbsent(key(label), k -> data.node(null, label.strip(), listed, where, Map.of()));
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    // ---- data ----

    /** The non-blank data lines: 0-based line and the offset where the data start on it. */
    private record DataLine(int line, int offset) {
    }

    private List<DataLine> dataLines() {
        List<DataLine> out = new ArrayList<>();
        if (!lines.line(h.line).substring(h.from).isBlank()) {
            out.add(new DataLine(h.line, h.from));
        }
        for (int l = h.line + 1; l < lines.count(); l++) {
            if (!lines.isBlank(l)) {
                out.add(new DataLine(l, 0));
            }
        }
        return out;
    }

    private SourceLocation endOfFile() {
        return lines.end();
    }

    private void fullMatrix(int[] rowNodes, int[] columnNodes) {
        List<DataLine> rowsRead = dataLines();
        int rows = rowNodes.length;
        int columns = columnNodes.length;
        List<String> firstColumns = null;
        List<String> firstRows = new ArrayList<>();
        int next = 0;
        for (int m = 0; m < h.nm; m++) {
            int layer = m;
            String matrix = h.nm > 1 ? "matrix " + (m + 1) + ": " : "";
            if (h.columnsEmbedded && next < rowsRead.size()) {
                DataLine d = rowsRead.get(next);
                List<Token> heads = lines.labels(d.line, d.offset);
                if (m == 0 || isLabelLine(heads, columns)) {
                    next++;
                    if (heads.size() != columns) {
                        throw new InputException(lines.at(d.line, heads.get(0)), matrix + "the line of column labels has "
                                + heads.size() + " labels; " + h.columnsWord() + " needs " + columns);
                    }
                    List<String> texts = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        Token head = heads.get(c);
                        texts.add(key(head.text()));
                        if (m == 0) {
                            if (texts.indexOf(key(head.text())) < c) {
                                throw new InputException(lines.at(d.line, head), "the column label '" + head.text()
                                        + "' appears twice");
                            }
                            columnNodes[c] = labelled(head.text(), lines.at(d.line, head), true);
                        }
                    }
                    if (firstColumns == null) {
                        firstColumns = texts;
                    } else if (!firstColumns.equals(texts)) {
                        throw new InputException(lines.at(d.line, heads.get(0)), matrix
                                + "the column labels differ from those of matrix 1");
                    }
                }
            }
            // a half matrix without its diagonal has no line for its empty first (lowerhalf) or last row
            boolean half = h.layout.half();
            int firstRow = half && !h.diagonal && h.layout == DlHeader.Layout.LOWERHALF ? 1 : 0;
            int endRow = half && !h.diagonal && h.layout == DlHeader.Layout.UPPERHALF ? rows - 1 : rows;
            for (int r = firstRow; r < endRow; r++, next++) {
                if (next >= rowsRead.size()) {
                    throw new InputException(endOfFile(), matrix + "the data end after " + r + " rows; "
                            + h.rowsWord() + " needs " + rows);
                }
                DataLine d = rowsRead.get(next);
                List<Token> tokens = lines.tokens(d.line, d.offset, ",");
                int k = 0;
                if (h.rowsEmbedded) {
                    Token label = tokens.get(0);
                    if (m == 0) {
                        if (firstRows.contains(key(label.text()))) {
                            throw new InputException(lines.at(d.line, label), "the row label '" + label.text()
                                    + "' appears twice");
                        }
                        rowNodes[r] = labelled(label.text(), lines.at(d.line, label), true);
                        firstRows.add(key(label.text()));
                    } else if (!firstRows.get(r).equals(key(label.text()))) {
                        throw new InputException(lines.at(d.line, label), matrix + "row " + (r + 1) + " is labelled '"
                                + label.text() + "', but '" + firstRows.get(r) + "' in matrix 1");
                    }
                    k = 1;
                }
                // the columns row r holds: all (but the diagonal), or its triangle of a symmetric matrix
                int firstColumn = h.layout == DlHeader.Layout.UPPERHALF ? (h.diagonal ? r : r + 1) : 0;
                int expected = h.layout == DlHeader.Layout.LOWERHALF ? (h.diagonal ? r + 1 : r)
                        : h.layout == DlHeader.Layout.UPPERHALF ? columns - firstColumn
                        : h.diagonal ? columns : columns - 1;
                int values = tokens.size() - k;
                if (values != expected) {
                    int column = values > expected ? tokens.get(k + expected).column() : lines.line(d.line).length() + 1;
                    throw new InputException(lines.at(d.line, column), matrix + "row " + (r + 1) + " has " + values
                            + " values; " + h.columnsWord() + " needs " + expected
                            + (h.diagonal ? "" : " (the diagonal is absent)"));
                }
                int c = firstColumn;
                for (int v = k; v < tokens.size(); v++, c++) {
                    if (!half && !h.diagonal && c == r) {
                        c++;
                    }
                    Token value = tokens.get(v);
                    double w = lines.value(d.line, value, "the value");
                    if (w != 0) {
                        // a half matrix is symmetric: its value is a tie both ways
                        data.arc(rowNodes[r], columnNodes[c], w, layer, null, half && c != r,
                                lines.at(d.line, value));
                    }
                }
            }
        }
        if (next < rowsRead.size()) {
            throw new InputException(lines.at(rowsRead.get(next).line, 0), "more rows than the header announces ("
                    + h.rowsWord() + (h.nm > 1 ? ", nm=" + h.nm : "") + ")");
        }
    }

    /** Whether a line of a later matrix is a repeated line of column labels rather than a row. */
    private boolean isLabelLine(List<Token> tokens, int columns) {
        if (tokens.size() != columns) {
            return false;
        }
        return h.rowsEmbedded || tokens.stream().anyMatch(t -> !TextLines.isNumber(t.text()));
    }

    private void lists(int[] rowNodes, int[] columnNodes) {
        int m = 0;
        for (DataLine d : dataLines()) {
            if (lines.line(d.line).substring(d.offset).strip().equals("!")) {
                m++;
                if (m >= h.nm) {
                    throw new InputException(lines.at(d.line, lines.line(d.line).indexOf('!') + 1),
                            "a '!' starts matrix " + (m + 1) + ", but nm=" + h.nm);
                }
                continue;
            }
            List<Token> tokens = lines.tokens(d.line, d.offset, ",");
            if (h.layout == DlHeader.Layout.EDGELIST1) {
                if (tokens.size() < 2 || tokens.size() > 3) {
                    throw new InputException(lines.at(d.line, tokens.get(Math.min(tokens.size() - 1, 3))),
                            "an edgelist1 line is 'from to [value]'; this one has " + tokens.size() + " items");
                }
                int s = endpoint(d.line, tokens.get(0), rowNodes, true);
                int t = endpoint(d.line, tokens.get(1), columnNodes, false);
                Token at = tokens.size() == 3 ? tokens.get(2) : tokens.get(0);
                double w = tokens.size() == 3 ? lines.value(d.line, tokens.get(2), "the value") : 1;
                if (w != 0) {
                    data.arc(s, t, w, m, null, false, lines.at(d.line, at));
                }
            } else {
                int s = endpoint(d.line, tokens.get(0), rowNodes, true);
                for (Token alter : tokens.subList(1, tokens.size())) {
                    data.arc(s, endpoint(d.line, alter, columnNodes, false), 1, m, null, false, lines.at(d.line, alter));
                }
            }
        }
        if (m < h.nm - 1) {
            throw new InputException(endOfFile(), "the data hold " + (m + 1)
                    + " matrices (separated by lines of '!'), but nm=" + h.nm);
        }
    }

    private int endpoint(int line, Token token, int[] nodes, boolean row) {
        boolean embedded = row ? h.rowsEmbedded : h.columnsEmbedded;
        String limit = row ? h.rowsWord() : h.columnsWord();
        if (embedded) {
            String key = key(token.text());
            for (int k = 0; k < nodes.length; k++) {
                if (nodes[k] < 0) {
                    nodes[k] = labelled(token.text(), lines.at(line, token), false);
                    if (h.square() && nodesByLabel.size() > h.n) {
                        break;
                    }
                    return nodes[k];
                }
                if (key(data.node(nodes[k]).label()).equals(key)) {
                    return nodes[k];
                }
            }
            throw new InputException(lines.at(line, token), "'" + token.text() + "' is one label more than "
                    + limit + " allows");
        }
        int k;
        try {
            k = Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw new InputException(lines.at(line, token), "'" + token.text() + "' is not a node number (1.."
                    + nodes.length + "); for names in the data, the header needs 'labels embedded'");
        }
        if (k < 1 || k > nodes.length) {
            throw new InputException(lines.at(line, token), "node " + k + " is out of range: " + limit
                    + " allows 1.." + nodes.length);
        }
        return nodes[k - 1];
    }
}
