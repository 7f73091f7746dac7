package nl.veldwerk.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentText;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.TypeFactory;

/**
 * Reads a part's document field by field. Jackson's general record binding (its property-based creator,
 * calling the constructor through a method handle) was a fifth of what the JIT compiled during a project's
 * first open after the program started: ten thousand documents make it hot. Each field in the shape the
 * writer writes is read here; any other value of a field goes to Jackson's deserializer of that field's type,
 * and an unknown field to Jackson's handling of unknown properties, so what is accepted or refused stays as
 * it was ({@code PartDeserializersTest} compares both on ordinary, odd and refused documents).
 */
final class DocumentDeserializer {
    private static final Map<String, SourceFormat> FORMATS = Arrays.stream(SourceFormat.values())
            .collect(Collectors.toUnmodifiableMap(SourceFormat::name, Function.identity()));

    private final ValueDeserializer<Object> texts;
    private final ValueDeserializer<Object> turns;
    private final JavaType turnListType;
    private final JavaType groupSetType;
    private final JavaType attributeMapType;

    /** Finds the readers of the fields once (per mapper), not per document. */
    DocumentDeserializer(DeserializationContext ctxt) {
        texts = ctxt.findRootValueDeserializer(ctxt.constructType(DocumentText.class));
        turns = ctxt.findRootValueDeserializer(ctxt.constructType(SpeakerTurn.class));
        TypeFactory types = ctxt.getTypeFactory();
        turnListType = types.constructCollectionType(List.class, SpeakerTurn.class);
        groupSetType = types.constructCollectionType(Set.class, String.class);
        attributeMapType = types.constructMapType(Map.class, String.class, String.class);
    }

    /** The document of the object the parser is at; {@code times}: the instants the part read so far. */
    Document read(JsonParser p, DeserializationContext ctxt, CharsTable<Instant> times, ValueDeserializer<?> reading) {
        PartDeserializers.expectObject(p, ctxt, Document.class);
        String id = null;
        String name = null;
        String description = null;
        DocumentText body = null;
        SourceFormat format = null;
        List<SpeakerTurn> spoken = null;
        Set<String> groupIds = null;
        Map<String, String> attributes = null;
        Instant imported = null;
        int number = 0;
        Recording recording = null;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = PartDeserializers.string(p, ctxt);
                case "name" -> name = PartDeserializers.string(p, ctxt);
                case "description" -> description = PartDeserializers.string(p, ctxt);
                case "text" -> body = value == JsonToken.VALUE_NULL ? null : (DocumentText) texts.deserialize(p, ctxt);
                case "sourceFormat" -> format = format(p, ctxt);
                case "turns" -> spoken = value == JsonToken.START_ARRAY
                        ? PartDeserializers.readArray(p, ctxt, () -> (SpeakerTurn) turns.deserialize(p, ctxt))
                        : value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, turnListType);
                case "groupIds" -> groupIds = groupIds(p, ctxt);
                case "attributes" -> attributes = attributes(p, ctxt);
                case "imported" -> imported = PartDeserializers.instant(p, ctxt, times);
                case "number" -> number = PartDeserializers.integer(p, ctxt);
                case "recording" -> recording = value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Recording.class);
                default -> ctxt.handleUnknownProperty(p, reading, Document.class, field);
            }
        }
        try {
            return new Document(id, name, description, body, format, spoken, groupIds, attributes, imported, number,
                    recording);
        } catch (RuntimeException e) { // as Jackson reports whatever a record's constructor throws
            throw PartDeserializers.notMade(p, ctxt, Document.class, e);
        }
    }

    private static SourceFormat format(JsonParser p, DeserializationContext ctxt) {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> {
                SourceFormat known = FORMATS.get(p.getString());
                yield known != null ? known : ctxt.readValue(p, SourceFormat.class);
            }
            default -> ctxt.readValue(p, SourceFormat.class);
        };
    }

    /** A list of strings; an element of another kind is read as Jackson reads a String (a number becomes one). */
    private Set<String> groupIds(JsonParser p, DeserializationContext ctxt) {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case START_ARRAY -> {
                Set<String> ids = new LinkedHashSet<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    ids.add(PartDeserializers.string(p, ctxt));
                }
                yield ids;
            }
            default -> ctxt.readValue(p, groupSetType);
        };
    }

    /** Name to value; a value of another kind is read as Jackson reads a String. */
    private Map<String, String> attributes(JsonParser p, DeserializationContext ctxt) {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case START_OBJECT -> {
                Map<String, String> values = new LinkedHashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    p.nextToken();
                    values.put(name, PartDeserializers.string(p, ctxt));
                }
                yield values;
            }
            default -> ctxt.readValue(p, attributeMapType);
        };
    }
}
