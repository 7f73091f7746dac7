package nl.veldwerk.interop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML writer that never writes a character XML 1.0 cannot hold. Transcripts pasted from Word or
 * converted from PDF carry vertical tabs, form feeds and other control characters; written as they are,
 * they make the whole file unreadable for the tool that imports it. Each becomes a space (so the words it
 * separated stay apart); non-characters and lone surrogates are dropped.
 */
final class XmlSafeWriter {
    private XmlSafeWriter() {
    }

    /** Wraps {@code writer}: the text of every writeAttribute and writeCharacters(String) is cleaned first. */
    static XMLStreamWriter of(XMLStreamWriter writer) {
        return (XMLStreamWriter) Proxy.newProxyInstance(XmlSafeWriter.class.getClassLoader(),
                new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (args != null && (name.equals("writeAttribute") || name.equals("writeCharacters"))
                            && args[args.length - 1] instanceof String value) {
                        args[args.length - 1] = clean(value); // the value is always the last argument
                    }
                    try {
                        return method.invoke(writer, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.append(c);
                } else if (c < 0x20) {
                    out.append(' ');
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
