package org.plnet.reports.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML 1.0 by hand, so that the bytes are fully under our control (the JDK's
 * {@code XMLStreamWriter} neither indents nor escapes line breaks in attribute values). Every attribute
 * value and every text passes through {@link #escape}.
 */
final class XmlWriter {

    private static final String INDENT = "  ";

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    XmlWriter(Writer out) {
        this.out = out;
    }

    /**
     * Text as XML character data or attribute value: {@code & < > " '} as entities; tab, line feed and
     * carriage return as character references (so that attribute values keep them); characters that
     * XML 1.0 does not allow (other control characters, unpaired surrogates, U+FFFE, U+FFFF) as U+FFFD.
     */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && plain(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case (ids, numbers, names): nothing to escape, nothing to copy
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Whether {@link #escape} keeps the character as it is whatever follows it. */
    private static boolean plain(char c) {
        return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && !Character.isSurrogate(c)
                && c != 0xFFFE && c != 0xFFFF;
    }

    void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs, a {@code null} value is left out. */
    void open(String name, String... attributes) throws IOException {
        tag(name, attributes);
        out.write(">\n");
        open.push(name);
    }

    /** An element without content. */
    void empty(String name, String... attributes) throws IOException {
        tag(name, attributes);
        out.write("/>\n");
    }

    /** An element holding only {@code text}. */
    void element(String name, String text, String... attributes) throws IOException {
        tag(name, attributes);
        out.write('>');
        out.write(escape(text));
        out.write("</" + name + ">\n");
    }

    /** Closes the innermost open element. */
    void close() throws IOException {
        String name = open.pop();
        indent();
        out.write("</" + name + ">\n");
    }

    private void tag(String name, String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        indent();
        out.write('<');
        out.write(name);
        for (int k = 0; k < attributes.length; k += 2) {
            if (attributes[k + 1] != null) {
                out.write(' ');
                out.write(attributes[k]);
                out.write("=\"");
                out.write(escape(attributes[k + 1]));
                out.write('"');
            }
        }
    }

    private void indent() throws IOException {
        for (int d = 0; d < open.size(); d++) {
            out.write(INDENT);
        }
    }
}
