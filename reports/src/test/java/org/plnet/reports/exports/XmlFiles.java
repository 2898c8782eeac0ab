package org.plnet.reports.exports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads exported XML back with the JDK's parser, namespace aware, nothing external resolved. */
public final class XmlFiles {

    private XmlFiles() {
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every element of that namespace and local name, in document order. */
    public static List<Element> elements(Document doc, String namespace, String localName) {
        NodeList list = doc.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int k = 0; k < list.getLength(); k++) {
            result.add((Element) list.item(k));
        }
        return result;
    }

    /** The element children of {@code parent} with that local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                result.add(e);
            }
        }
        return result;
    }

    public static Map<String, String> attributes(Element e) {
        NamedNodeMap map = e.getAttributes();
        Map<String, String> result = new LinkedHashMap<>();
        for (int k = 0; k < map.getLength(); k++) {
            result.put(map.item(k).getNodeName(), map.item(k).getNodeValue());
        }
        return result;
    }
}
