package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * A UCINET DL two-mode matrix ({@code nr=} rows, {@code nc=} columns, one matrix), such as an attendance register
 * of people x events, read by the same parser as every DL file ({@link UcinetDl}).
 *
 * @param rows    the row labels (or numbers), in file order, each with where it is listed
 * @param columns the column labels (or numbers), in file order
 * @param cells   every non-zero cell: row index, column index, and where its value is
 */
public record TwoModeDl(List<Label> rows, List<Label> columns, List<Cell> cells) {

    /** A row or column label and where it is. */
    public record Label(String text, SourceLocation where) {
    }

    /** A non-zero cell. */
    public record Cell(int row, int column, SourceLocation where) {
    }

    /**
     * @throws InputException when the text is not DL, is one-mode ({@code n=}) or holds more than one matrix
     */
    public static TwoModeDl parse(String text, String file) {
        DlHeader h = DlHeader.read(new TextLines(text, file));
        if (h.square()) {
            throw new InputException(h.sizeAt, "a two-mode DL file gives nr= (people) and nc= (events), not n=");
        }
        if (h.nm != 1) {
            throw new InputException(h.sizeAt, "holds " + h.nm + " matrices: import one wave at a time (--wave)");
        }
        if (h.rowsEmbedded || h.columnsEmbedded) {
            throw new InputException(h.sizeAt, "a register's labels must be listed (row labels:, column labels:),"
                    + " not embedded in the data");
        }
        NetworkData data = UcinetDl.parse(text, file);
        int nr = h.rows();
        if (data.nodes().size() != nr + h.columns()) {
            throw new InputException(h.sizeAt, "a row and a column have the same label: people and events need"
                    + " different labels");
        }
        List<Label> rows = new ArrayList<>();
        List<Label> columns = new ArrayList<>();
        for (int k = 0; k < data.nodes().size(); k++) {
            NetworkNode node = data.nodes().get(k);
            (k < nr ? rows : columns).add(new Label(node.label(), node.where()));
        }
        List<Cell> cells = new ArrayList<>();
        for (NetworkArc arc : data.arcs()) {
            if (arc.weight() > 0) {
                cells.add(new Cell(arc.source(), arc.target() - nr, arc.where()));
            }
        }
        return new TwoModeDl(rows, columns, cells);
    }
}
