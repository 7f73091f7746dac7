package nl.veldwerk.store;

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
    private final int length;

    /**
     * Where the text is read from: a part (and its copy), or, once that part had to go, the text itself. The
     * cleaning action holds this, not the text.
     */
    private static final class Place {
        volatile Path file;
        Path copy;
        String checksum;
        int length;
        String held;
    }

    /**
     * @param file     the part, an absolute path
     * @param copy     its second copy, read when the part itself no longer matches its checksum
     * @param checksum the checksum of the part's bytes as they were read
     */
    StoredText(Path file, Path copy, String checksum, int length) {
        this.place = new Place();
        this.length = length;
        place.file = file;
        place.copy = copy;
        place.checksum = checksum;
        place.length = length;
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
    void nowIn(Path file, Path copy, String checksum) {
        synchronized (place) {
            if (place.file == null || place.file.equals(file)) {
                return; // held (nothing to read any more), or there already
            }
            Path before = place.file;
            use(file, place);
            place.copy = copy;
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
     * @throws ProjectFileException when a text can no longer be read (the file then stays)
     */
    static void holdTextsOf(Path file) throws ProjectFileException {
        Path key = file.toAbsolutePath().normalize();
        Set<Place> places = IN_USE.get(key);
        for (Place place : places == null ? List.<Place>of() : List.copyOf(places)) {
            synchronized (place) {
                if (key.equals(place.file)) {
                    try {
                        place.held = read(place);
                    } catch (ModelException e) {
                        throw new ProjectFileException(file, e, "part.damaged");
                    }
                    release(place.file, place);
                    place.file = null;
                    RECENT.remove(place); // held once, not twice
                }
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
     * nothing, when the texts kept in memory are at their limit.
     */
    boolean readAhead() {
        if (!RECENT.hasRoomFor(length)) {
            return false;
        }
        get();
        return true;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    protected boolean sameSourceAs(DocumentText other) {
        return other instanceof StoredText stored && stored.place == place;
    }

    /** Reads the text where it is; again where it is now if a save moved it meanwhile. */
    private String read() {
        while (true) {
            Path file;
            Place now = new Place();
            synchronized (place) {
                if (place.held != null) {
                    return place.held;
                }
                file = now.file = place.file;
                now.copy = place.copy;
                now.checksum = place.checksum;
                now.length = place.length;
            }
            try {
                return read(now);
            } catch (ModelException e) {
                synchronized (place) {
                    if (file.equals(place.file)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Reads the text at a place (the part, else its copy), checked against the checksum and length. */
    private static String read(Place place) {
        ProjectFileException problem = null;
        for (Path candidate : new Path[] {place.file, place.copy}) {
            try {
                byte[] bytes = ProjectReader.readBytes(candidate, ProjectReader.MAX_PART_BYTES);
                if (!Checksums.of(bytes).equals(place.checksum)) {
                    throw new ProjectFileException(candidate, "part.damaged");
                }
                String text = textIn(candidate, bytes);
                if (text.length() == place.length) {
                    return text;
                }
                throw new ProjectFileException(candidate, "part.damaged");
            } catch (ProjectFileException e) {
                problem = problem == null ? e : problem;
            }
        }
        throw new ModelException("document.textUnreadable", place.file.getFileName().toString(),
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
