package nl.veldwerk.store;

import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A document's text is the string field "text" of its document, as it always was. Read from a part of an
 * open project ({@link #SOURCE} set), only its length is taken: the text stays in the part
 * ({@link StoredText}) and the characters are counted in the part's bytes ({@link JsonStringLength}), not decoded.
 */
final class TextCodec {
    /** The attribute of a read that says which part file is read ({@link Source}), so its texts stay there. */
    static final Object SOURCE = Source.class;

    /**
     * The part file being read, the checksum of its bytes, and the bytes the parser reads ({@code [start, length)};
     * the byte offsets it reports count from {@code start}); {@code elided}: its text the parser is not given, or
     * null.
     */
    record Source(Path file, String checksum, byte[] bytes, int start, int length, TextElision elided) {
        Source(Path file, String checksum, byte[] bytes, int length) {
            this(file, checksum, bytes, 0, length, null);
        }

        /** The same part, its text elided (the parser reads from {@code elided.start()}). */
        Source with(TextElision elision) {
            return new Source(file, checksum, bytes, elision.start(), length, elision);
        }
    }

    private TextCodec() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("veldwerk-texts")
                .addSerializer(DocumentText.class, new Writer())
                .addDeserializer(DocumentText.class, new Reader());
        module.setMixInAnnotation(Document.class, DocumentFields.class);
        return module;
    }

    /** The document's text is written and read as "text", whatever the record calls it. */
    private abstract static class DocumentFields {
        @JsonProperty("text")
        abstract DocumentText body();
    }

    private static final class Writer extends ValueSerializer<DocumentText> {
        @Override
        public void serialize(DocumentText text, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(text.get());
        }
    }

    private static final class Reader extends ValueDeserializer<DocumentText> {
        @Override
        public boolean isCachable() {
            return true; // stateless: found once, not per document
        }

        @Override
        public DocumentText deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return DocumentText.of(ctxt.readValue(p, String.class));
            }
            if (ctxt.getAttribute(SOURCE) instanceof Source source) {
                return new StoredText(source.file(), source.checksum(), length(p, source));
            }
            return DocumentText.of(p.getString());
        }

        /**
         * The text's length counted in the part's bytes; the parser then skips the string without decoding
         * it. Only where the counting declines does the parser decode it (and refuse what it always refused).
         */
        private static int length(JsonParser p, Source source) {
            long at = p.currentTokenLocation().getByteOffset();
            if (source.elided() != null && at == source.elided().quote()) {
                return source.elided().units(); // the empty string the parser is at stands for the text elided
            }
            int counted = JsonStringLength.of(source.bytes(), source.length(), source.start() + at);
            return counted != JsonStringLength.NOT_COUNTED ? counted : p.getStringLength();
        }
    }
}
