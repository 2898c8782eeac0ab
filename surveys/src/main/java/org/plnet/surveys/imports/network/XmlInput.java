package org.plnet.surveys.imports.network;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Reading XML network files with the JDK's own StAX parser: no DTDs or external entities (a network file
 * needs neither, and they would let a file read other files), and parse errors as {@link InputException}s
 * with the parser's line and column.
 */
final class XmlInput {

    /** The encoding named by an XML declaration. */
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlInput() {
    }

    /** Reads one element; it leaves the reader on the element's end tag, or on its start tag to go on into it. */
    @FunctionalInterface
    interface ElementReader {
        void read(XMLStreamReader r, String name) throws XMLStreamException;
    }

    /**
     * Parses a document whose root element must be called {@code root}: {@code each} is given every element
     * below the root, in document order, unless an element it was given consumed it.
     *
     * @param format the name of the format for messages ("GraphML")
     */
    static void document(byte[] content, String file, String root, String format, ElementReader each) {
        XMLStreamReader r = open(content, file);
        try {
            boolean atRoot = true;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (atRoot) {
                    if (!name.equals(root)) {
                        throw new InputException(at(r, file), "not a " + format + " file: the root element is <"
                                + name + ">");
                    }
                    atRoot = false;
                    continue;
                }
                each.read(r, name);
            }
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
    }

    /**
     * Gives {@code each} every child element of the current element (which must consume it), leaving the
     * reader on the current element's end tag.
     */
    static void children(XMLStreamReader r, ElementReader each) throws XMLStreamException {
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                each.read(r, r.getLocalName());
            }
        }
    }

    /**
     * The text of the {@code <default>} child of the current element (a GraphML key, a GEXF attribute),
     * stripped, or {@code null}; other children are skipped. Leaves the reader on the element's end tag.
     */
    static String defaultValue(XMLStreamReader r) throws XMLStreamException {
        String[] value = new String[1];
        children(r, (child, name) -> {
            if (name.equals("default")) {
                value[0] = text(child, null, null).strip();
            } else {
                skip(child);
            }
        });
        return value[0];
    }

    static XMLStreamReader open(byte[] content, String file) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            // decoded here, not by the parser: the JDK's parser prints "[Fatal Error] ..." to stderr on a bad
            // byte before it throws, whatever reporter is set
            return factory.createXMLStreamReader(new StringReader(decode(content, file)));
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
    }

    /**
     * The document's text in the encoding its byte order mark or XML declaration names (UTF-8 when neither
     * does, as XML says); a byte sequence that is not text of that encoding is an {@link InputException} at
     * its line and column, an encoding the JDK does not know likewise.
     */
    static String decode(byte[] content, String file) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else {
            String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new InputException(new SourceLocation(file, 1, 1), "the XML declaration names the"
                            + " encoding '" + m.group(1) + "', which plnet does not know; save the file as UTF-8");
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InputException(new SourceLocation(file, line, column), "the file is not " + charset.name()
                    + " text: byte " + (in.position() + 1) + " starts a malformed sequence; save the file as "
                    + charset.name() + " (or declare its real encoding in the XML declaration)");
        }
        return out.toString();
    }

    /** The parser's complaint as a one-line {@link InputException} at its line and column. */
    static InputException malformed(XMLStreamException e, String file) {
        Location l = e.getLocation();
        int line = l == null ? 0 : Math.max(0, l.getLineNumber());
        int column = l == null || line == 0 ? 0 : Math.max(0, l.getColumnNumber());
        String message = e.getMessage() == null ? "malformed" : e.getMessage();
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        message = message.replaceAll("\\s+", " ").strip();
        return new InputException(new SourceLocation(file, line, column), "malformed XML: " + message, e);
    }

    /** Where the reader is (the start of the current element). */
    static SourceLocation at(XMLStreamReader r, String file) {
        Location l = r.getLocation();
        return new SourceLocation(file, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
    }

    /** The value of an attribute by local name, or {@code null}. */
    static String attribute(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(name)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The value of a required attribute; its absence is an {@link InputException} at the element. */
    static String required(XMLStreamReader r, String name, String file) {
        String v = attribute(r, name);
        if (v == null || v.isBlank()) {
            throw new InputException(at(r, file), "<" + r.getLocalName() + "> needs a " + name + " attribute");
        }
        return v;
    }

    /**
     * The text inside the current element and all its descendants, leaving the reader on its end tag; the text
     * of descendants called {@code inner} (if any) is put in {@code innerText[0]}.
     */
    static String text(XMLStreamReader r, String inner, String[] innerText) throws XMLStreamException {
        StringBuilder all = new StringBuilder();
        StringBuilder in = null;
        int depth = 1;
        int innerDepth = -1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (inner != null && innerDepth < 0 && r.getLocalName().equals(inner)) {
                    innerDepth = depth;
                    in = new StringBuilder();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == innerDepth) {
                    innerDepth = -1;
                    if (innerText != null && innerText[0] == null) {
                        innerText[0] = in.toString().strip();
                    }
                }
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                all.append(r.getText());
                if (innerDepth > 0) {
                    in.append(r.getText());
                }
            }
        }
        return all.toString();
    }

    /** Skips the current element and its descendants, leaving the reader on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
