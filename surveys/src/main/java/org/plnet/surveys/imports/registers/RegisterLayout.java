package org.plnet.surveys.imports.registers;

import java.util.Locale;

/** How an attendance register is laid out (affiliations.md, section 5). */
public enum RegisterLayout {
    /** CSV or XLSX, one row per attendance: a person column (name or id) and an {@code event} column. */
    LONG,
    /** CSV or XLSX, one row per person, a column per event: a cell means attended unless empty, 0 or false. */
    WIDE,
    /** A UCINET DL two-mode matrix: people (nr) x events (nc). */
    DL;

    /** The spelling on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
