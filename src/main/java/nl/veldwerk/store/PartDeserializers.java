package nl.veldwerk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.CodingRows;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TurnRows;
import nl.veldwerk.model.UuidText;
import nl.veldwerk.store.StoreFormat.DocumentPart;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * Reads the records there are millions of (quotations, codings, speaker turns) field by field, and gives the
 * ids they repeat one instance as it goes. Jackson's general record creator called each constructor through
 * {@code MethodHandle.invokeWithArguments}, a quarter of the time spent opening a large project, and making
 * the copies share their ids afterwards allocated every record twice. The common shape (each field of the
 * type the writer writes) is read here; anything else a field holds goes to Jackson's own deserializers, so
 * what is accepted or refused, and how, stays as it was.
 */
final class PartDeserializers {
    /** The attribute of a read that carries the project-wide ids (codes, coders) to share. */
    static final Object SHARED = SharedStrings.class;

    private PartDeserializers() {
    }

    static SimpleModule module() {
        return new SimpleModule("veldwerk-parts")
                .addDeserializer(DocumentPart.class, new PartDeserializer())
                .setDeserializerModifier(new TurnLists());
    }

    /**
     * A document part: its document (by Jackson's reader of documents, found when this reader is made, not for
     * each part: a lookup made Jackson look at the Document class and build its field matcher anew for every
     * part), then its quotations and codings (here).
     */
    private static final class PartDeserializer extends ValueDeserializer<DocumentPart> {
        private final ValueDeserializer<Object> documents;

        PartDeserializer() {
            this(null);
        }

        private PartDeserializer(ValueDeserializer<Object> documents) {
            this.documents = documents;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return documents != null ? this
                    : new PartDeserializer(ctxt.findRootValueDeserializer(ctxt.constructType(Document.class)));
        }

        @Override
        public DocumentPart deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (DocumentPart) ctxt.handleUnexpectedToken(DocumentPart.class, p);
            }
            Repeats repeats = Repeats.forPart(ctxt.getAttribute(SHARED) instanceof SharedStrings s ? s
                    : SharedStrings.NONE);
            // For the document's turns, which Jackson's reader of documents reads (TurnsDeserializer).
            ctxt.setAttribute(Repeats.class, repeats);
            try {
                return part(p, ctxt, repeats);
            } finally {
                ctxt.setAttribute(Repeats.class, null);
                repeats.done();
            }
        }

        private DocumentPart part(JsonParser p, DeserializationContext ctxt, Repeats repeats) {
            Document document = null;
            List<Quotation> quotations = null;
            List<Coding> codings = null;
            Integer numbersGiven = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "document" -> {
                        document = value == JsonToken.VALUE_NULL ? null : document(p, ctxt);
                        if (document != null) {
                            repeats.ids.put(document.id(), document.id());
                        }
                    }
                    case "quotations" -> quotations = readArray(p, ctxt, () -> quotation(p, ctxt, repeats, this));
                    case "codings" -> codings = codings(p, ctxt, repeats, this);
                    case "quotationNumbersGiven" -> numbersGiven = value == JsonToken.VALUE_NULL ? null
                            : ctxt.readValue(p, Integer.class);
                    default -> ctxt.handleUnknownProperty(p, this, DocumentPart.class, name);
                }
            }
            return new DocumentPart(document, quotations, codings, numbersGiven);
        }

        private Document document(JsonParser p, DeserializationContext ctxt) {
            return documents != null ? (Document) documents.deserialize(p, ctxt) : ctxt.readValue(p, Document.class);
        }
    }

    /**
     * What one part repeats, one instance each: the project's code and coder ids, and the ids (its document's,
     * its quotations') and times read so far in the part.
     */
    private static final class Repeats {
        /**
         * Each thread's tables, emptied after each part rather than made anew: made for each of 10,000 parts they
         * were a twentieth of the parsing threads' time (and a quarter of a gigabyte more for the collector).
         */
        private static final ThreadLocal<Repeats> OF_THREAD = new ThreadLocal<>();
        /**
         * Larger tables than this (a part of many thousand quotations or turns, or of very long ids) are let go after
         * their part: a thread that reads parts now and then (a backup's) keeps no more than a few hundred kilobytes.
         */
        private static final int KEPT_CAPACITY = 4096;

        SharedStrings project;
        final CharsTable<String> ids = new CharsTable<>(256);
        final CharsTable<Instant> times = new CharsTable<>(256);
        /** A coding id's two numbers, read into and taken from at once. */
        final long[] uuid = new long[2];
        /** The document's turns as they are read ({@link TurnsDeserializer}). */
        final TurnRows turns = new TurnRows();
        /**
         * The speakers' names this thread read last, the most recent first: interviews alternate between a few, and
         * a repeated name gets the instance it had. Kept from part to part (a few names).
         */
        final String[] recentSpeakers = new String[4];

        private Repeats(SharedStrings project) {
            this.project = project;
        }

        static Repeats forPart(SharedStrings project) {
            Repeats kept = OF_THREAD.get();
            if (kept == null) {
                return new Repeats(project);
            }
            OF_THREAD.remove(); // in use until done(): a part read within a part (none is) would get its own
            kept.project = project;
            return kept;
        }

        /** Emptied for the next part this thread reads; nothing of this part is held on to but a few speakers. */
        void done() {
            project = null;
            if (ids.capacity() <= KEPT_CAPACITY && times.capacity() <= KEPT_CAPACITY
                    && ids.poolCapacity() <= KEPT_CAPACITY * 16 && times.poolCapacity() <= KEPT_CAPACITY * 16
                    && turns.capacity() <= KEPT_CAPACITY) {
                ids.clear();
                times.clear();
                turns.clear();
                OF_THREAD.set(this);
            }
        }
    }

    private interface Element<T> {
        T read();
    }

    /** An array of records, or null; each element is read with the parser at its first token. */
    private static <T> List<T> readArray(JsonParser p, DeserializationContext ctxt, Element<T> element) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.handleUnexpectedToken(List.class, p);
            return null;
        }
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(p.currentToken() == JsonToken.VALUE_NULL ? null : element.read());
        }
        return list;
    }

    private static Quotation quotation(JsonParser p, DeserializationContext ctxt, Repeats repeats,
                                       ValueDeserializer<?> reading) {
        expectObject(p, ctxt, Quotation.class);
        String id = null;
        String documentId = null;
        String comment = null;
        String creatorId = null;
        Instant created = null;
        int start = 0;
        int end = 0;
        int number = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "id" -> id = hashed(string(p, ctxt));
                case "documentId" -> documentId = partId(p, ctxt, repeats);
                case "start" -> start = integer(p, ctxt);
                case "end" -> end = integer(p, ctxt);
                case "comment" -> comment = string(p, ctxt);
                case "creatorId" -> creatorId = projectId(p, ctxt, repeats);
                case "created" -> created = instant(p, ctxt, repeats.times);
                case "number" -> number = integer(p, ctxt);
                default -> ctxt.handleUnknownProperty(p, reading, Quotation.class, name);
            }
        }
        try {
            Quotation q = new Quotation(id, documentId, start, end, comment, creatorId, created, number);
            repeats.ids.put(q.id(), q.id());
            return q;
        } catch (ModelException e) {
            throw notMade(p, ctxt, Quotation.class, e);
        }
    }

    /**
     * The codings array, as {@link CodingRows} (no coding made, no id string for a UUID), or null. A null element
     * (never written, but a file may hold one) makes it a plain list, as {@link #readArray} reads one.
     */
    private static List<Coding> codings(JsonParser p, DeserializationContext ctxt, Repeats repeats,
                                        ValueDeserializer<?> reading) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.handleUnexpectedToken(List.class, p);
            return null;
        }
        CodingRows rows = new CodingRows();
        List<Coding> plain = null;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                plain = plain != null ? plain : new ArrayList<>(rows);
                plain.add(null);
            } else {
                coding(p, ctxt, repeats, reading, plain != null ? plain : rows);
            }
        }
        return plain != null ? plain : rows;
    }

    /** Reads one coding into {@code into}: as a UUID's numbers when {@code into} is rows and the id is one. */
    private static void coding(JsonParser p, DeserializationContext ctxt, Repeats repeats,
                               ValueDeserializer<?> reading, List<Coding> into) {
        expectObject(p, ctxt, Coding.class);
        String id = null;
        long[] uuid = null; // the id's numbers when it is a UUID in the application's form (then id stays null)
        String quotationId = null;
        String codeId = null;
        String coderId = null;
        Instant created = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "id" -> {
                    uuid = into instanceof CodingRows ? uuidOf(p, repeats.uuid) : null;
                    id = uuid != null ? null : hashed(string(p, ctxt));
                }
                case "quotationId" -> quotationId = partId(p, ctxt, repeats);
                case "codeId" -> codeId = projectId(p, ctxt, repeats);
                case "coderId" -> coderId = projectId(p, ctxt, repeats);
                case "created" -> created = instant(p, ctxt, repeats.times);
                default -> ctxt.handleUnknownProperty(p, reading, Coding.class, name);
            }
        }
        try {
            if (uuid != null) {
                ((CodingRows) into).add(uuid[0], uuid[1], quotationId, codeId, coderId, created);
            } else {
                into.add(new Coding(id, quotationId, codeId, coderId, created));
            }
        } catch (ModelException e) {
            throw notMade(p, ctxt, Coding.class, e);
        }
    }

    /**
     * The numbers of the string the parser is at, in {@code numbers}, when it is a UUID as the application writes
     * one, else null.
     */
    private static long[] uuidOf(JsonParser p, long[] numbers) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        return UuidText.read(p.getStringCharacters(), p.getStringOffset(), p.getStringLength(), numbers) ? numbers
                : null;
    }

    /**
     * The id, its hash worked out here on a parsing thread: a string keeps its hash once worked out, and the
     * project's tables look every quotation and coding up by it on the one thread that puts them.
     */
    private static String hashed(String id) {
        if (id != null) {
            id.hashCode();
        }
        return id;
    }

    /**
     * A list of speaker turns (a document's), read into {@link TurnRows}: no {@link SpeakerTurn}, boxed time or
     * speaker string made per turn. Interviews alternate between a few speakers, so the names this thread read last
     * are kept (the most recent first) and a repeated name is found by the parser's characters and given the
     * instance it had. What is not an array goes to Jackson's reader of the list, and an element that is not an
     * object (null, say) makes the rest a plain list of turns as Jackson reads them, so what is refused stays so
     * (such a list is always refused; after that element, in Jackson's words for a turn).
     */
    private static final class TurnsDeserializer extends DelegatingDeserializer {
        TurnsDeserializer(ValueDeserializer<?> jacksons) {
            super(jacksons);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> jacksons) {
            return new TurnsDeserializer(jacksons);
        }

        /**
         * Only for a field declared as a list or wider (a document's turns): Jackson gives this reader the list type
         * after mapping it to the ArrayList it would make, and a field declared as one must get one.
         */
        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            ValueDeserializer<?> contextual = super.createContextual(ctxt, property);
            boolean anyListFits = property != null && property.getType().getRawClass().isAssignableFrom(List.class);
            return anyListFits ? contextual : ((DelegatingDeserializer) contextual).getDelegatee();
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return super.deserialize(p, ctxt);
            }
            // The part's tables (emptied and kept per thread, see Repeats); a document read on its own gets its own.
            Repeats repeats = ctxt.getAttribute(Repeats.class) instanceof Repeats r ? r : null;
            TurnRows rows = repeats != null ? repeats.turns : new TurnRows();
            String[] recent = repeats != null ? repeats.recentSpeakers : new String[4];
            rows.clear();
            List<SpeakerTurn> plain = null;
            int index = 0;
            try {
                for (; p.nextToken() != JsonToken.END_ARRAY; index++) {
                    if (plain == null && p.currentToken() == JsonToken.START_OBJECT) {
                        turn(p, ctxt, rows, recent);
                    } else {
                        plain = plain != null ? plain : new ArrayList<>(rows.turns());
                        plain.add(p.currentToken() == JsonToken.VALUE_NULL ? null
                                : ctxt.readValue(p, SpeakerTurn.class));
                    }
                }
            } catch (JacksonException e) {
                // The failed turn's place in the path, as Jackson's reader of lists gives it.
                throw JacksonException.wrapWithPath(e, ArrayList.class, index);
            }
            return plain != null ? plain : rows.turns(); // the rows are emptied before their next list
        }

        /** Reads one turn (the parser at its start) into {@code rows}. */
        private void turn(JsonParser p, DeserializationContext ctxt, TurnRows rows, String[] recent) {
            String speaker = null;
            int start = 0;
            int end = 0;
            boolean timed = false;
            long millis = 0;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "speaker" -> speaker = speaker(p, ctxt, recent);
                    case "start" -> start = integer(p, ctxt);
                    case "end" -> end = integer(p, ctxt);
                    case "timestampMillis" -> {
                        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
                                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                            timed = true;
                            millis = p.getLongValue();
                        } else {
                            Long read = p.currentToken() == JsonToken.VALUE_NULL ? null
                                    : ctxt.readValue(p, Long.class);
                            timed = read != null;
                            millis = timed ? read : 0;
                        }
                    }
                    default -> ctxt.handleUnknownProperty(p, this, SpeakerTurn.class, name);
                }
            }
            try {
                rows.add(speaker, start, end, timed, millis);
            } catch (ModelException e) {
                throw notMade(p, ctxt, SpeakerTurn.class, e);
            }
        }

        /** The speaker's name: the instance of one of the {@code recent} names (most recent first) when it is one. */
        private static String speaker(JsonParser p, DeserializationContext ctxt, String[] recent) {
            int found = 0;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                char[] chars = p.getStringCharacters();
                int offset = p.getStringOffset();
                int length = p.getStringLength();
                while (found < recent.length && !sameChars(recent[found], chars, offset, length)) {
                    found++;
                }
            } else {
                found = recent.length;
            }
            String speaker = found < recent.length ? recent[found] : string(p, ctxt);
            if (speaker != null) {
                System.arraycopy(recent, 0, recent, 1, Math.min(found, recent.length - 1));
                recent[0] = speaker;
            }
            return speaker;
        }

        private static boolean sameChars(String name, char[] chars, int offset, int length) {
            if (name == null || name.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (name.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Gives every list of speaker turns the store reads to {@link TurnsDeserializer}. */
    private static final class TurnLists extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                 BeanDescription.Supplier beanDescRef,
                                                                 ValueDeserializer<?> deserializer) {
            return type.getContentType().hasRawClass(SpeakerTurn.class) ? new TurnsDeserializer(deserializer)
                    : deserializer;
        }
    }

    private static void expectObject(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            ctxt.handleUnexpectedToken(type, p);
        }
    }

    /** A string field: the common case here, anything else as Jackson reads a String. */
    private static String string(JsonParser p, DeserializationContext ctxt) {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getString();
            case VALUE_NULL -> null;
            default -> ctxt.readValue(p, String.class);
        };
    }

    /** An int field: the common case here, anything else (null, a string) as Jackson reads an int. */
    private static int integer(JsonParser p, DeserializationContext ctxt) {
        return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                ? p.getIntValue() : ctxt.readValue(p, Integer.TYPE);
    }

    /** An id of the part's own (its document, a quotation): the instance read before, else a new one kept. */
    private static String partId(JsonParser p, DeserializationContext ctxt, Repeats repeats) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return string(p, ctxt);
        }
        String seen = repeats.ids.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (seen != null) {
            return seen;
        }
        String id = p.getString();
        repeats.ids.put(id, id);
        return id;
    }

    /** A code's or coder's id: the project's instance, or a new string when the project has none such. */
    private static String projectId(JsonParser p, DeserializationContext ctxt, Repeats repeats) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return string(p, ctxt);
        }
        String known = repeats.project.project(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        return known != null ? known : p.getString();
    }

    /**
     * A timestamp: the instant of the same text read before in the part, else the common case (as
     * {@link Instant#toString()} writes it) parsed here, anything else as Jackson reads an Instant. Not
     * {@code ctxt.readValue} for each: that looks the type and its reader up again every time, a tenth of
     * the open at a million quotations.
     */
    private static Instant instant(JsonParser p, DeserializationContext ctxt, CharsTable<Instant> times) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.readValue(p, Instant.class);
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        int length = p.getStringLength();
        Instant seen = times.get(chars, offset, length);
        if (seen != null) {
            return seen;
        }
        Instant fast = nl.veldwerk.model.Timestamps.parseUtc(chars, offset, length); // no string made of the time
        if (fast != null) {
            times.put(chars, offset, length, fast);
            return fast;
        }
        String text = p.getString();
        Instant read = ctxt.readValue(p, Instant.class);
        if (read != null) {
            times.put(text, read);
        }
        return read;
    }

    /** A record the model refuses, reported as Jackson reports a record whose constructor refused. */
    private static ValueInstantiationException notMade(JsonParser p, DeserializationContext ctxt, Class<?> type,
                                                       ModelException e) {
        return ValueInstantiationException.from(p, "Cannot construct instance of `" + type.getName()
                + "`, problem: " + e.getMessage(), ctxt.constructType(type), e);
    }
}
