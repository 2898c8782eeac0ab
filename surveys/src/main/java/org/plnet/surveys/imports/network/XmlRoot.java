package org.plnet.surveys.imports.network;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.SurveyFile;

/**
 * Tells an XML network file by the name of its root element, without parsing it. The start of the file is read
 * as ISO-8859-1, which keeps the ASCII of the markup whatever the declared encoding (UTF-8, Latin-1, ...).
 */
final class XmlRoot {

    private static final int PREFIX = 65536;

    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "\\A\\s*(<\\?xml[^>]*\\?>\\s*)?((<!--.*?-->|<!DOCTYPE[^>]*>|<\\?[^>]*\\?>)\\s*)*<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL);

    private XmlRoot() {
    }

    /**
     * How sure a reader of XML network files is that {@code file} is one of its own: 0.95 when the file is not a
     * spreadsheet and its first element is called {@code root}, else 0 (also when the file cannot be read).
     */
    static double detect(SurveyFile file, String root) {
        try {
            return !file.isSpreadsheet() && !file.isOle2() && is(file.bytes(), root) ? 0.95 : 0;
        } catch (InputException e) {
            return 0;
        }
    }

    /** Whether the first element of the file is called {@code root} (with or without a namespace prefix). */
    static boolean is(byte[] content, String root) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        String text = new String(content, start, Math.min(content.length, PREFIX) - start, StandardCharsets.ISO_8859_1);
        Matcher m = FIRST_ELEMENT.matcher(text);
        if (!m.find()) {
            return false;
        }
        String name = m.group(4);
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).equals(root);
    }
}
