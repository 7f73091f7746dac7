package nl.veldwerk.interop;

import java.io.InputStream;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reading for untrusted files: no DTDs, so no external entities and no entity expansion (a "billion
 * laughs" file fails at its first entity reference). Plus small helpers that match on local names only,
 * since tools disagree about namespaces.
 */
final class SecureXml {
    private SecureXml() {
    }

    /**
     * A reader of the XML in {@code in}. The bytes are decoded here, strictly (a byte-order mark, else the
     * declaration's encoding, else UTF-8): the parser's own decoder prints "[Fatal Error]" lines to the
     * console on a bad byte before it throws, and our message says it once, in words.
     */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new java.io.StringReader(decode(in)));
    }

    private static final java.util.regex.Pattern DECLARED_ENCODING = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    static String decode(InputStream in) throws XMLStreamException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = java.nio.charset.StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(head);
            if (declared.find()) {
                try {
                    charset = java.nio.charset.Charset.forName(declared.group(1));
                } catch (RuntimeException unknown) {
                    throw new XMLStreamException("the file declares an encoding this program does not know: "
                            + declared.group(1));
                }
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new XMLStreamException("the file is not valid " + charset.name() + " text (a byte that does not"
                    + " belong there); save it again as " + charset.name());
        }
    }

    /** An attribute by local name, whatever its namespace; null when absent. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A GUID as Veldwerk keeps it: lower case, no braces; null stays null. */
    static String guid(String value) {
        if (value == null) {
            return null;
        }
        String g = value.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }

    static String guidAttr(XMLStreamReader r, String localName) {
        return guid(attr(r, localName));
    }

    /** Moves to the next start element inside the current one; false at its end tag. */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the current element with everything in it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The text of the current element (child elements are skipped), leaving the reader on its end tag. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed (&" + r.getLocalName() + ";)",
                        r.getLocation());
            }
        }
        return text.toString();
    }
}
