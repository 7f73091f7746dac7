package nl.veldwerk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A transcript. Its text is normalised once at import (LF line ends, no BOM); quotations and speaker
 * turns are UTF-16 index ranges into it. The text itself is {@link #text()}; a document read from a
 * project may hold only where to read it ({@link DocumentText}).
 *
 * @param body       the text, or where to read it
 * @param attributes attribute name to value; the names are those of the project's attribute definitions
 * @param number     its number in the project (1, 2, ...; 0 until it is added): the first half of its
 *                   quotations' IDs ("3:12")
 * @param recording  the audio or video it was transcribed from, or null
 */
public record Document(String id, String name, String description, DocumentText body, SourceFormat sourceFormat,
                       List<SpeakerTurn> turns, Set<String> groupIds, Map<String, String> attributes,
                       Instant imported, int number, Recording recording) implements Entity {

    public Document {
        Ids.require(id, "a document");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.DOCUMENT));
        }
        if (body == null) {
            throw new ModelException("document.noText", name);
        }
        Limits.name(id, EntityKind.DOCUMENT, "id");
        Limits.name(name, EntityKind.DOCUMENT, "name");
        Limits.textLength(body.length(), EntityKind.DOCUMENT, "text");
        description = Limits.note(description == null ? "" : description, EntityKind.DOCUMENT, "description");
        Limits.list(turns, EntityKind.DOCUMENT, "turns");
        if (attributes != null) {
            attributes.forEach((key, value) -> {
                Limits.name(key, EntityKind.ATTRIBUTE, "name");
                Limits.note(value, EntityKind.ATTRIBUTE, "value");
            });
        }
        sourceFormat = sourceFormat == null ? SourceFormat.OTHER : sourceFormat;
        turns = CompactTurns.copyOf(turns == null ? List.of() : turns);
        // Sorted copies make equal documents serialise identically, whatever order they were built in.
        groupIds = groupIds == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(groupIds));
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        int outside = ((CompactTurns) turns).indexOfEndPast(body.length()); // no turn made for each
        if (outside >= 0) {
            SpeakerTurn turn = turns.get(outside);
            throw new ModelException("turn.outsideText", "[" + turn.start() + ", " + turn.end() + ")", name,
                    body.length());
        }
    }

    /** A document whose text is {@code text}. */
    public Document(String id, String name, String description, String text, SourceFormat sourceFormat,
                    List<SpeakerTurn> turns, Set<String> groupIds, Map<String, String> attributes, Instant imported,
                    int number, Recording recording) {
        this(id, name, description, text == null ? null : DocumentText.of(text), sourceFormat, turns, groupIds,
                attributes, imported, number, recording);
    }

    /** The text; may read it from the project's files (see {@link DocumentText#get()}). */
    public String text() {
        return body.get();
    }

    /** The text's length in UTF-16 units, without reading it. */
    public int textLength() {
        return body.length();
    }

    /** A document without a recording. */
    public Document(String id, String name, String description, String text, SourceFormat sourceFormat,
                    List<SpeakerTurn> turns, Set<String> groupIds, Map<String, String> attributes, Instant imported,
                    int number) {
        this(id, name, description, text, sourceFormat, turns, groupIds, attributes, imported, number, null);
    }

    /** A document not numbered yet: the command that adds it gives it the next number in the project. */
    public Document(String id, String name, String description, String text, SourceFormat sourceFormat,
                    List<SpeakerTurn> turns, Set<String> groupIds, Map<String, String> attributes, Instant imported) {
        this(id, name, description, text, sourceFormat, turns, groupIds, attributes, imported, 0, null);
    }

    public static Document of(String id, String name, String text, SourceFormat format, List<SpeakerTurn> turns,
                              Instant imported) {
        return new Document(id, name, "", text, format, turns, Set.of(), Map.of(), imported);
    }

    /** Who speaks at {@code offset}: the speaker of the last turn that holds it, or null where no turn does. */
    public String speakerAt(int offset) {
        return ((CompactTurns) turns).speakerAt(offset);
    }

    /**
     * Who speaks in the stretch {@code [start, end)}: the speakers of the turns it overlaps, each once, in the
     * order they first speak (a quotation over a question and its answer has both); empty where no turn is.
     */
    public java.util.List<String> speakersIn(int start, int end) {
        return ((CompactTurns) turns).speakersIn(start, end);
    }

    /**
     * The words of {@code [start, end)} on one line, without the speakers' labels of the turns that begin inside
     * it: a quotation's words as a name (an in-vivo code, a REFI-QDA selection's name; "…aanbod? A02: Het is"
     * read as if A02 said it).
     */
    public String wordsWithoutLabels(int start, int end) {
        String text = text();
        StringBuilder words = new StringBuilder();
        int from = start;
        CompactTurns compact = (CompactTurns) turns; // as the constructor keeps them
        // From the turn the words begin in: an export names a million quotations, each in a document of hundreds of
        // turns.
        for (int i = Math.max(0, compact.indexOfTurnOf(start)); i < compact.size(); i++) {
            SpeakerTurn turn = compact.get(i);
            if (turn.start() >= end) {
                break;
            }
            int[] label = turn.start() > start ? turn.label(text) : null;
            if (label != null && label[0] >= from && label[1] <= end) {
                words.append(text, from, turn.start()).append(' ');
                from = label[1];
            }
        }
        words.append(text, from, end);
        return words.toString().strip().replaceAll("\\s+", " ");
    }

    /**
     * The turn a passage starting at {@code offset} belongs to: the last turn whose range holds it, its end
     * not included (an empty turn holds its start), or null. Asked for every quotation of a report.
     */
    public SpeakerTurn turnOf(int offset) {
        CompactTurns compact = (CompactTurns) turns; // as the constructor keeps them
        int index = compact.indexOfTurnOf(offset);
        return index < 0 ? null : compact.get(index);
    }

    /** Each turn's speaker, in order, without making the turns (counting speakers over a whole project). */
    public List<String> turnSpeakers() {
        return ((CompactTurns) turns).speakers();
    }

    public Document withNumber(int newNumber) {
        return new Document(id, name, description, body, sourceFormat, turns, groupIds, attributes, imported, newNumber,
                recording);
    }

    public Document withName(String newName) {
        return new Document(id, newName, description, body, sourceFormat, turns, groupIds, attributes, imported, number,
                recording);
    }

    public Document withDescription(String newDescription) {
        return new Document(id, name, newDescription, body, sourceFormat, turns, groupIds, attributes, imported, number,
                recording);
    }

    public Document withText(String newText, List<SpeakerTurn> newTurns) {
        return new Document(id, name, description, newText, sourceFormat, newTurns, groupIds, attributes, imported, number,
                recording);
    }

    /** The same text with other speaker turns (the text is not read). */
    public Document withTurns(List<SpeakerTurn> newTurns) {
        return new Document(id, name, description, body, sourceFormat, newTurns, groupIds, attributes, imported, number,
                recording);
    }

    public Document withGroups(Set<String> newGroupIds) {
        return new Document(id, name, description, body, sourceFormat, turns, newGroupIds, attributes, imported, number,
                recording);
    }

    public Document withAttributes(Map<String, String> newAttributes) {
        return new Document(id, name, description, body, sourceFormat, turns, groupIds, newAttributes, imported, number,
                recording);
    }

    public Document withRecording(Recording newRecording) {
        return new Document(id, name, description, body, sourceFormat, turns, groupIds, attributes, imported, number,
                newRecording);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.DOCUMENT;
    }
}
