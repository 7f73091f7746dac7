package nl.veldwerk.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import nl.veldwerk.model.Timestamps;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the timestamps of quotations and codings quickly. A large project holds hundreds of thousands,
 * and the general ISO parser was the largest single cost of opening one; timestamps we write always have
 * the form {@link Instant#toString()} gives ("2026-01-01T09:30:00.123Z"), which is parsed by hand here,
 * with the general parser as the fallback for anything else.
 */
final class InstantCodec {
    private InstantCodec() {
    }

    static SimpleModule module() {
        return new SimpleModule("veldwerk-instants").addDeserializer(Instant.class, new Deserializer());
    }

    private static final class Deserializer extends ValueDeserializer<Instant> {
        /** Stateless: without this Jackson looks a module's deserializer up again for every timestamp. */
        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString();
            Instant fast = Timestamps.parseUtc(text);
            if (fast != null) {
                return fast;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a timestamp");
            }
        }
    }
}
