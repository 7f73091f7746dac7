package nl.veldwerk.store;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.veldwerk.model.DocumentText;
import nl.veldwerk.model.ModelException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A document's text left in the document part it was read from, and read again when asked for: a project
 * keeps its transcripts on disk instead of on the heap (a 10,000-document project held 650 MB of text it
 * mostly never showed). Parts are immutable and checksummed, so what is read later is what was read at
 * opening; a part is not collected while a text still refers to it ({@link #inUse}), even when no manifest
 * names it any more (an undo can bring back a document whose part a later save replaced). A save that
 * writes the document again moves the text to the new part ({@link #nowIn}), so the old one can go. The texts read
 * most recently are kept, up to a share of the heap, so a project that fits is read from disk once.
 */
final class StoredText extends DocumentText {
    private static final Cleaner CLEANER = Cleaner.create();
    /** The places that read from each part file (absolute paths). */
    private static final Map<Path, Set<Place>> IN_USE = new ConcurrentHashMap<>();
    private static final RecentTexts RECENT = new RecentTexts(Runtime.getRuntime().maxMemory() / 24);

    private final Place place;

    /**
     * Where the text is read from: a part (its second copy beside it in backups/parts), or, once that part had
     * to go, the text itself. The cleaning action holds this, not the text.
     */
    private static final class Place {
        final int length;
        volatile Path file;
        String checksum;
        String held;

        Place(int length) {
            this.length = length;
        }
    }

    /**
     * @param file     the part, an absolute path
     * @param checksum the checksum of the part's bytes as they were read
     */
    StoredText(Path file, String checksum, int length) {
        this.place = new Place(length);
        place.file = file;
        place.checksum = checksum;
        use(file, place);
        Place held = place;
        CLEANER.register(this, () -> {
            synchronized (held) {
                release(held.file, held);
            }
            RECENT.remove(held);
        });
    }

    /** The text is read from {@code file} (with the same text) from now on; the part it was read from is free. */
    void nowIn(Path file, String checksum) {
        synchronized (place) {
            if (place.file == null || place.file.equals(file)) {
                return; // held (nothing to read any more), or there already
            }
            Path before = place.file;
            use(file, place);
            place.checksum = checksum;
            place.file = file;
            release(before, place);
        }
    }

    private static void use(Path file, Place place) {
        // In one step with the map: a release that empties the set removes it in one step too.
        IN_USE.compute(file, (f, places) -> {
            Set<Place> in = places == null ? ConcurrentHashMap.newKeySet() : places;
            in.add(place);
            return in;
        });
    }

    private static void release(Path file, Place place) {
        if (file != null) {
            IN_USE.computeIfPresent(file, (f, places) -> places.remove(place) && places.isEmpty() ? null : places);
        }
    }

    /** Forgets the texts kept in memory that were read from a project folder: it is closed. */
    static void forgetTextsOf(Path folder) {
        RECENT.removeUnder(folder.toAbsolutePath().normalize());
    }

    /** Whether a text still refers to this part file. */
    static boolean inUse(Path file) {
        return IN_USE.containsKey(file.toAbsolutePath().normalize());
    }

    /**
     * Takes every text still read from {@code file} into memory, so the file can be deleted: after a
     * pseudonymisation no file may keep the old names, though an undo in this session still could.
     *
     * @throws IOException when a text can no longer be read (the file then stays)
     */
    static void holdTextsOf(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Set<Place> places = IN_USE.get(key);
        for (Place place : places == null ? List.<Place>of() : List.copyOf(places)) {
            synchronized (place) {
                if (key.equals(place.file)) {
                    try {
                        place.held = read(place.file, place.checksum, place.length);
                    } catch (ModelException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    release(place.file, place);
                    place.file = null;
                    RECENT.remove(place); // held once, not twice
                }
            }
        }
    }

    /**
     * Keeps {@code text} (this one's, just read) in memory from now on: its part was removed from the folder, and
     * the save that writes it anew must find it, whatever the cache lets go of meanwhile (review).
     */
    void hold(String text) {
        synchronized (place) {
            if (place.held == null && place.file != null) {
                place.held = text;
                release(place.file, place);
                place.file = null;
                RECENT.remove(place);
            }
        }
    }

    @Override
    public String get() {
        String held;
        synchronized (place) {
            held = place.held;
        }
        if (held != null) {
            return held;
        }
        String text = RECENT.get(place);
        if (text == null) {
            text = read();
            RECENT.put(place, text);
        }
        // Reachable until the text is read: the cleaning action must not let go of the part meanwhile.
        Reference.reachabilityFence(this);
        return text;
    }

    /**
     * Reads the text now, on the caller's thread, so a later {@link #get} finds it in memory; false, reading
     * nothing, when the texts kept in memory are at their limit. A text that cannot be read is left for when
     * it is asked for, which says so.
     */
    boolean readAhead() {
        if (!RECENT.hasRoomFor(place.length)) {
            return false;
        }
        try {
            get();
        } catch (ModelException e) {
            // said when it is asked for
        }
        return true;
    }

    @Override
    public int length() {
        return place.length;
    }

    @Override
    public boolean inMemory() {
        synchronized (place) {
            if (place.held != null) {
                return true;
            }
        }
        return RECENT.contains(place);
    }

    @Override
    protected boolean sameSourceAs(DocumentText other) {
        return other instanceof StoredText stored && stored.place == place;
    }

    /** Reads the text where it is; again where it is now if a save moved it meanwhile. */
    private String read() {
        while (true) {
            Path file;
            String checksum;
            synchronized (place) {
                if (place.held != null) {
                    return place.held;
                }
                file = place.file;
                checksum = place.checksum;
            }
            try {
                return read(file, checksum, place.length);
            } catch (ModelException e) {
                synchronized (place) {
                    if (file.equals(place.file)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Reads the text in a part (else in its copy), checked against the part's checksum and the length. */
    private static String read(Path file, String checksum, int length) {
        ProjectFileException problem = null;
        Path copy = file.getParent().getParent().resolve(StoreFormat.PART_COPIES)
                .resolve(file.getFileName().toString());
        for (Path candidate : new Path[] {file, copy}) {
            try {
                byte[] bytes = ProjectReader.readBytes(candidate, ProjectReader.MAX_PART_BYTES);
                if (!Checksums.of(bytes).equals(checksum)) {
                    throw new ProjectFileException(candidate, "part.damaged");
                }
                String text = textIn(candidate, bytes);
                if (text.length() == length) {
                    return text;
                }
                throw new ProjectFileException(candidate, "part.damaged");
            } catch (ProjectFileException e) {
                problem = problem == null ? e : problem;
            }
        }
        throw new ModelException("document.textUnreadable", file.getFileName().toString(),
                problem.problem());
    }

    /**
     * The document's text in a part's bytes: the field "text" of its object "document", the last one where a
     * name is repeated, as the reader that opened the part takes it.
     */
    private static String textIn(Path file, byte[] bytes) throws ProjectFileException {
        String text = null;
        try (JsonParser p = StoreFormat.MAPPER.createParser(bytes)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    if (p.nextToken() == JsonToken.START_OBJECT && name.equals("document")) {
                        text = null;
                        for (String field = p.nextName(); field != null; field = p.nextName()) {
                            if (p.nextToken() == JsonToken.VALUE_STRING && field.equals("text")) {
                                text = p.getString();
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            throw new ProjectFileException(file, e, "file.notJson", e.getOriginalMessage());
        }
        if (text == null) {
            throw new ProjectFileException(file, "part.damaged");
        }
        return text;
    }

    /** The texts read most recently, the least recently asked for dropped beyond a number of characters. */
    private static final class RecentTexts {
        private final long maxCharacters;
        private final LinkedHashMap<Place, String> texts = new LinkedHashMap<>(16, 0.75f, true);
        private long characters;

        RecentTexts(long maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        synchronized void remove(Place place) {
            String text = texts.remove(place);
            characters -= text == null ? 0 : text.length();
        }

        /** Forgets the texts read from files in {@code folder}. */
        synchronized void removeUnder(Path folder) {
            for (var it = texts.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                Path file = entry.getKey().file;
                if (file != null && file.startsWith(folder)) {
                    characters -= entry.getValue().length();
                    it.remove();
                }
            }
        }

        synchronized boolean hasRoomFor(int length) {
            return characters + length <= maxCharacters;
        }

        synchronized String get(Place file) {
            return texts.get(file);
        }

        /** Whether the text is kept, without making it the most recent. */
        synchronized boolean contains(Place file) {
            return texts.containsKey(file);
        }

        synchronized void put(Place file, String text) {
            String before = texts.put(file, text);
            characters += text.length() - (before == null ? 0 : before.length());
            for (var it = texts.values().iterator(); characters > maxCharacters && texts.size() > 1; ) {
                characters -= it.next().length();
                it.remove();
            }
        }
    }
}
