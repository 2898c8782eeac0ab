package org.plnet.surveys.imports.network;

import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * The limit on sizes a network file declares before its data ({@code *Vertices n} in Pajek, {@code n=},
 * {@code nr=}, {@code nc=} and {@code nm=} in UCINET DL): a reader sizes its tables from them, so a declared
 * size is checked before anything is allocated from it, and a file of a few bytes declaring two billion
 * people is refused with one line instead of running out of memory. A million people is far beyond any
 * network of schools; a DL file cannot hold more matrices than it has lines, as each but the last ends with
 * a line {@code !}.
 */
final class DeclaredSize {

    /** The most people (vertices, rows, columns) a network file may declare. */
    static final int MAX_PEOPLE = 1_000_000;

    private DeclaredSize() {
    }

    /** {@code value} when it is at most {@link #MAX_PEOPLE}; else refuses, naming the file and the limit. */
    static int people(int value, String declared, SourceLocation where) {
        if (value > MAX_PEOPLE) {
            throw new InputException(where, declared + " declares " + value + " people; plnet reads network files"
                    + " of at most " + MAX_PEOPLE + " people");
        }
        return value;
    }

    /** {@code nm} when the file's {@code lines} can hold that many matrices; else refuses. */
    static int matrices(int nm, int lines, SourceLocation where) {
        if (nm > lines + 1) {
            throw new InputException(where, "nm=" + nm + " declares more matrices than the file's " + lines
                    + " lines can hold (each matrix but the last ends with a line '!')");
        }
        return nm;
    }
}
