package org.plnet.surveys.studyfolder;

import java.util.Locale;

/** The yes/no cells of people.csv ({@code member}, {@code respondent}): study-format.md, "people.csv". */
public final class YesNo {

    static final String ALLOWED = "true/false, yes/no, 1/0 or y/n (empty means no)";

    private YesNo() {
    }

    /** The value of a cell, or {@code null} when it is none of the allowed spellings. Empty is false. */
    public static Boolean parse(String cell) {
        switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y":
                return Boolean.TRUE;
            case "false", "no", "0", "n", "":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
