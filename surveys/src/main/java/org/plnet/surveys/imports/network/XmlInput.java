package org.plnet.surveys.imports.network;

import java.io.ByteArrayInputStream;
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
            return factory.createXMLStreamReader(new ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
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
