package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.network.TextLines.Token;

/**
 * The header of a UCINET DL file, everything before {@code data:}; see {@link UcinetDl} for the keywords.
 * Sizes not given are -1.
 */
final class DlHeader {

    private static final Pattern LABELS_KEYWORD = Pattern.compile(
            "(?i)^\\s*(data\\s*:|((row|column|col|matrix|level)\\s+)?labels\\s*(:|embedded))");

    enum Layout {
        FULLMATRIX("fullmatrix"), LOWERHALF("lowerhalf"), UPPERHALF("upperhalf"), EDGELIST1("edgelist1"),
        NODELIST1("nodelist1");

        /** Whether the rows hold one triangle of a symmetric matrix. */
        boolean half() {
            return this == LOWERHALF || this == UPPERHALF;
        }

        final String name;

        Layout(String name) {
            this.name = name;
        }
    }

    private enum LabelKind { ALL, ROWS, COLUMNS, MATRICES }

    /** A listed label and where it is. */
    record Label(String text, SourceLocation where) {
    }

    private final TextLines lines;

    SourceLocation dlAt;
    int n = -1;
    int nr = -1;
    int nc = -1;
    int nm = 1;
    /** Where the size was given: unlabelled nodes are named by their number and point here. */
    SourceLocation sizeAt;
    Layout layout = Layout.FULLMATRIX;
    boolean diagonal = true;
    List<Label> labels;
    List<Label> rowLabels;
    List<Label> columnLabels;
    List<Label> matrixLabels;
    boolean rowsEmbedded;
    boolean columnsEmbedded;
    /** The line of 'data:' (0-based) and the offset after it. */
    int line;
    int from;

    private DlHeader(TextLines lines) {
        this.lines = lines;
    }

    static DlHeader read(TextLines lines) {
        DlHeader h = new DlHeader(lines);
        h.header();
        if (h.layout.half() && !h.square()) {
            throw new InputException(h.dlAt, "format=" + h.layout.name + " needs a square matrix (n=), not nr= and nc=");
        }
        if (!h.diagonal && !h.square()) {
            throw new InputException(h.dlAt, "diagonal=absent needs a square matrix (n=), not nr= and nc=");
        }
        if (h.labels != null && (h.rowsEmbedded || h.columnsEmbedded)) {
            throw new InputException(h.dlAt, "the labels are both listed (labels:) and embedded in the data");
        }
        return h;
    }

    /** Whether rows and columns are the same people (n=, not nr= and nc=). */
    boolean square() {
        return nr < 0 && nc < 0;
    }

    int rows() {
        return nr >= 0 ? nr : n;
    }

    int columns() {
        return nc >= 0 ? nc : n;
    }

    String rowsWord() {
        return nr >= 0 ? "nr=" + nr : "n=" + n;
    }

    String columnsWord() {
        return nc >= 0 ? "nc=" + nc : "n=" + n;
    }

    /** "UCINET DL, format fullmatrix, n=12, 1 matrix, labels embedded". */
    String summary() {
        StringBuilder s = new StringBuilder("UCINET DL, format ").append(layout.name);
        s.append(square() ? ", n=" + n : ", nr=" + nr + " nc=" + nc);
        s.append(", ").append(nm).append(nm == 1 ? " matrix" : " matrices");
        if (rowsEmbedded || columnsEmbedded) {
            s.append(", labels embedded");
        } else if (labels != null || rowLabels != null || columnLabels != null) {
            s.append(", labels listed");
        } else {
            s.append(", no labels (nodes named by number)");
        }
        return s.toString();
    }

    private void header() {
        boolean sawDl = false;
        line = 0;
        while (line < lines.count()) {
            List<Token> tokens = lines.tokens(line, 0, ",=");
            int next = line + 1;
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (!sawDl) {
                    if (!t.lower().equals("dl")) {
                        throw new InputException(lines.at(line, t), "not a UCINET DL file: the first word must be DL");
                    }
                    sawDl = true;
                    dlAt = lines.at(line, t);
                    i++;
                    continue;
                }
                String word = t.lower();
                boolean colon = word.endsWith(":");
                if (colon) {
                    word = word.substring(0, word.length() - 1);
                } else if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":")) {
                    colon = true;
                    i++;
                }
                int after = end(tokens.get(i));
                switch (word) {
                    case "n", "nr", "nc", "nm" -> i = dimension(tokens, i, word, t);
                    case "format" -> i = format(tokens, i, t);
                    case "diagonal" -> i = diagonal(tokens, i, t);
                    case "labels" -> {
                        if (colon) {
                            next = labelList(LabelKind.ALL, line, after, t);
                            i = tokens.size();
                        } else {
                            i = embedded(tokens, i, LabelKind.ALL, t);
                        }
                    }
                    case "row", "column", "col", "matrix", "level" -> {
                        // "level labels:" is the older name of "matrix labels:"
                        LabelKind kind = word.equals("row") ? LabelKind.ROWS
                                : word.equals("matrix") || word.equals("level") ? LabelKind.MATRICES : LabelKind.COLUMNS;
                        if (i + 1 >= tokens.size() || !tokens.get(i + 1).lower().startsWith("labels")) {
                            throw new InputException(lines.at(line, t), "'" + t.text() + "' must be followed by 'labels:'"
                                    + (kind == LabelKind.MATRICES ? "" : " or 'labels embedded'"));
                        }
                        Token l = tokens.get(i + 1);
                        i++;
                        boolean listColon = l.lower().equals("labels:");
                        if (!listColon && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":")) {
                            listColon = true;
                            i++;
                        }
                        if (listColon) {
                            next = labelList(kind, line, end(tokens.get(i)), t);
                            i = tokens.size();
                        } else if (l.lower().equals("labels") && kind != LabelKind.MATRICES) {
                            i = embedded(tokens, i, kind, t);
                        } else {
                            throw new InputException(lines.at(line, l), "expected 'labels:' after '" + t.text() + "'");
                        }
                    }
                    case "data" -> {
                        if (!colon) {
                            throw new InputException(lines.at(line, t), "expected 'data:' (with a colon)");
                        }
                        from = after;
                        requireSize();
                        return;
                    }
                    default -> throw new InputException(lines.at(line, t), "unknown DL keyword '" + t.text()
                            + "'; expected n=, nr=, nc=, nm=, format=, diagonal=, labels:, row labels:, column labels:,"
                            + " matrix labels: (or level labels:), labels embedded, row labels embedded, column labels"
                            + " embedded, or data:");
                }
            }
            line = next;
        }
        if (!sawDl) {
            throw new InputException(new SourceLocation(lines.file(), 1, 0), "not a UCINET DL file: it is empty");
        }
        throw new InputException(lines.end(), "the DL file has no 'data:' line");
    }

    private void requireSize() {
        if (n < 0 && (nr < 0 || nc < 0)) {
            String missing = nr >= 0 ? "nc=" : nc >= 0 ? "nr=" : "n=";
            throw new InputException(dlAt, "the DL header is missing " + missing
                    + " (the number of people: n=, or nr= and nc=) before 'data:' on line " + (line + 1));
        }
    }

    private int end(Token t) {
        return t.column() - 1 + t.text().length() + (t.quoted() ? 2 : 0);
    }

    private int dimension(List<Token> tokens, int i, String word, Token t) {
        if (i + 1 >= tokens.size()) {
            throw new InputException(lines.at(line, t), word + "= needs a whole number");
        }
        Token v = tokens.get(i + 1);
        int value;
        try {
            value = Integer.parseInt(v.text());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1) {
            throw new InputException(lines.at(line, v), word + "= needs a whole number of at least 1, not '" + v.text() + "'");
        }
        if (labels != null || rowLabels != null || columnLabels != null) {
            throw new InputException(lines.at(line, t), word + "= must come before the labels");
        }
        // checked before anything is sized from them (issue 8: a tiny file must not exhaust memory)
        switch (word) {
            case "n" -> n = DeclaredSize.people(value, "n=" + value, lines.at(line, v));
            case "nr" -> nr = DeclaredSize.people(value, "nr=" + value, lines.at(line, v));
            case "nc" -> nc = DeclaredSize.people(value, "nc=" + value, lines.at(line, v));
            default -> nm = DeclaredSize.matrices(value, lines.count(), lines.at(line, v));
        }
        if (!word.equals("nm")) {
            sizeAt = lines.at(line, t);
        }
        return i + 2;
    }

    private int format(List<Token> tokens, int i, Token t) {
        if (i + 1 >= tokens.size()) {
            throw new InputException(lines.at(line, t), "format= needs a value: fullmatrix, edgelist1 or nodelist1");
        }
        Token v = tokens.get(i + 1);
        layout = switch (v.lower()) {
            case "fullmatrix", "fm", "full" -> Layout.FULLMATRIX;
            case "edgelist1", "el1" -> Layout.EDGELIST1;
            case "nodelist1", "nl1" -> Layout.NODELIST1;
            // the two-mode lists: rows 1..nr and columns 1..nc, matched to the roster by label like all others
            case "edgelist2", "el2" -> Layout.EDGELIST1;
            case "nodelist2", "nl2" -> Layout.NODELIST1;
            case "lowerhalf", "lh" -> Layout.LOWERHALF;
            case "upperhalf", "uh" -> Layout.UPPERHALF;
            default -> throw new InputException(lines.at(line, v), "format=" + v.text()
                    + " is not supported; plnet reads fullmatrix, lowerhalf, upperhalf, edgelist1, edgelist2,"
                    + " nodelist1 and nodelist2");
        };
        return i + 2;
    }

    private int diagonal(List<Token> tokens, int i, Token t) {
        Token v = i + 1 < tokens.size() ? tokens.get(i + 1) : t;
        switch (v == t ? "" : v.lower()) {
            case "present" -> diagonal = true;
            case "absent" -> diagonal = false;
            default -> throw new InputException(lines.at(line, v), "diagonal= must be present or absent");
        }
        return i + 2;
    }

    private int embedded(List<Token> tokens, int i, LabelKind kind, Token t) {
        Token e = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (e == null || !(e.lower().equals("embedded") || e.lower().equals("embedded:"))) {
            throw new InputException(lines.at(line, e == null ? t : e),
                    "expected 'labels:' (a list follows) or 'labels embedded'");
        }
        if (kind != LabelKind.COLUMNS) {
            rowsEmbedded = true;
        }
        if (kind != LabelKind.ROWS) {
            columnsEmbedded = true;
        }
        int next = i + 2;
        if (next < tokens.size() && tokens.get(next).text().equals(":")) {
            next++;
        }
        return next;
    }

    /** Reads a list of labels starting on {@code start} at {@code offset}; returns the line after it. */
    private int labelList(LabelKind kind, int start, int offset, Token keyword) {
        int wanted = switch (kind) {
            case ALL -> n;
            case ROWS -> nr >= 0 ? nr : n;
            case COLUMNS -> nc >= 0 ? nc : n;
            case MATRICES -> nm;
        };
        if (wanted < 0) {
            throw new InputException(lines.at(start, keyword), "the labels come before n= (or nr= and nc=): "
                    + "the header must give the number of people first");
        }
        String what = switch (kind) {
            case ALL -> "n=" + n;
            case ROWS -> nr >= 0 ? "nr=" + nr : "n=" + n;
            case COLUMNS -> nc >= 0 ? "nc=" + nc : "n=" + n;
            case MATRICES -> "nm=" + nm;
        };
        List<Label> read = new ArrayList<>();
        int l = start;
        int pos = offset;
        while (read.size() < wanted) {
            if (l >= lines.count() || (l > start && LABELS_KEYWORD.matcher(lines.line(l)).find())) {
                SourceLocation at = l >= lines.count() ? lines.end() : lines.at(l, 0);
                throw new InputException(at, "only " + read.size() + " labels listed; " + what + " needs " + wanted);
            }
            for (Token t : lines.labels(l, pos)) {
                if (read.size() == wanted) {
                    throw new InputException(lines.at(l, t), "more labels than " + what + ": '" + t.text() + "'");
                }
                read.add(new Label(t.text(), lines.at(l, t)));
            }
            l++;
            pos = 0;
        }
        switch (kind) {
            case ALL -> labels = read;
            case ROWS -> rowLabels = read;
            case COLUMNS -> columnLabels = read;
            case MATRICES -> matrixLabels = read;
        }
        return l;
    }
}
