package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Import choices, also saved under a name and reused for the next files of the same kind: the names speakers get
 * in the project ("I" → "Interviewer"), which are interviewers, and whether turns come in at all. Kept in
 * the user's preferences (the same node as the window's, {@code veldwerk.preferences}), so the window and
 * the command line share them.
 */
public final class SavedLayouts {
    private final Preferences node;

    /**
     * A saved choice; labels are kept as keys (lower case), so "INTERVIEWER" and "Interviewer" match.
     * {@code labelsKept}: found labels whose speaker is named otherwise in the project while the text keeps the
     * label as written (the preview's own suggestion that "I" is the project's interviewer: QA found the text
     * rewritten without the user asking, "I:" become "Pieter:").
     */
    public record SavedLayout(String name, Map<String, String> names, Set<String> interviewers, boolean withTurns,
                              Set<String> labelsKept) {
        public SavedLayout {
            Map<String, String> keyed = new LinkedHashMap<>();
            names.forEach((found, to) -> keyed.put(SpeakerTurnDetector.key(found), to.strip()));
            names = Map.copyOf(keyed);
            interviewers = Set.copyOf(interviewers.stream().map(SpeakerTurnDetector::key).toList());
            labelsKept = Set.copyOf(labelsKept.stream().map(SpeakerTurnDetector::key).toList());
        }

        /** Choices whose every name the user gave renames the label in the text too. */
        public SavedLayout(String name, Map<String, String> names, Set<String> interviewers, boolean withTurns) {
            this(name, names, interviewers, withTurns, Set.of());
        }

        /** The name in the project for a found label: the saved one, else the label itself. */
        public String nameOf(String found) {
            return names.getOrDefault(SpeakerTurnDetector.key(found), found);
        }

        /** Whether a found label keeps its place in the text though its speaker is named otherwise. */
        public boolean keepsLabel(String found) {
            return labelsKept.contains(SpeakerTurnDetector.key(found));
        }

        /** Whether a found label (or the name it gets) is an interviewer's. */
        public boolean interviewer(String found) {
            return interviewers.contains(SpeakerTurnDetector.key(found))
                    || interviewers.contains(SpeakerTurnDetector.key(nameOf(found)));
        }

        /**
         * The document as these choices take it in: its speakers named, or without turns. A speaker renamed here
         * is renamed in the text's labels too ("R:" becomes "Mevrouw Peters:", "SPEAKER_00:" "Lena:"): nothing is
         * coded yet, and a respondent's real name given a pseudonym must not stay in every turn. (Renamed later,
         * in the Speakers window, the labels stay as typed: the codings rest on the text.) A label in
         * {@link #labelsKept} stays as written.
         */
        public Document applyTo(Document found) {
            if (!withTurns) {
                return found.withText(found.text(), List.of());
            }
            String text = found.text();
            StringBuilder renamed = new StringBuilder(text.length());
            List<SpeakerTurn> turns = new ArrayList<>(found.turns().size());
            int copied = 0;
            int shift = 0;
            for (SpeakerTurn t : found.turns()) {
                String name = nameOf(t.speaker());
                int[] at = name.equals(t.speaker()) || t.start() < copied
                        || labelsKept.contains(SpeakerTurnDetector.key(t.speaker())) ? null : nameInLabel(text, t);
                int start = t.start() + shift;
                if (at != null) { // only the name: a time beside it ("Jordan Lee   0:01") and the colon stay
                    renamed.append(text, copied, at[0]).append(name);
                    shift += name.length() - (at[1] - at[0]);
                    copied = at[1];
                }
                turns.add(new SpeakerTurn(name, start, t.end() + shift, t.timestampMillis()));
            }
            renamed.append(text, copied, text.length());
            return found.withText(renamed.toString(), turns);
        }

        /**
         * Where the found speaker's name stands in the turn's label, {@code [start, end)}, as written: in any case
         * and with any run of spaces between its words ("Jan  de Vries" for "Jan de Vries", as labels are grouped);
         * null if not there.
         */
        private static int[] nameInLabel(String text, SpeakerTurn t) {
            int[] label = t.label(text);
            if (label == null) {
                return null;
            }
            String pattern = java.util.Arrays.stream(t.speaker().strip().split("\\s+")).map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("\\s+"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE).matcher(text).region(label[0], label[1]);
            return m.find() ? new int[] {m.start(), m.end()} : null;
        }

        /** The names (as they come in) of the document's speakers who are interviewers. */
        /**
         * These choices with the labels among {@code found} that name an interviewer ("I", "Interviewer",
         * "Onderzoeker") marked as one, as the import preview ticks them when no layout is chosen.
         */
        public SavedLayout withInterviewersNamedAsSuch(java.util.Collection<String> found) {
            Set<String> marked = new java.util.HashSet<>(interviewers);
            found.stream().filter(label -> TurnsOfImportedTexts.namesAnInterviewer(label)
                    || TurnsOfImportedTexts.namesAnInterviewer(nameOf(label))).forEach(marked::add);
            return new SavedLayout(name, names, marked, withTurns, labelsKept);
        }

        public Set<String> interviewersIn(Document found) {
            return !withTurns ? Set.of() : found.turns().stream().map(SpeakerTurn::speaker).filter(this::interviewer)
                    .map(this::nameOf).collect(java.util.stream.Collectors.toSet());
        }
    }

    public SavedLayouts(Preferences node) {
        this.node = node;
    }

    /** The user's saved layouts. */
    public static SavedLayouts user() {
        return new SavedLayouts(Preferences.userRoot().node(System.getProperty("veldwerk.preferences", "nl/veldwerk"))
                .node("layouts"));
    }

    public List<SavedLayout> all() {
        try {
            List<SavedLayout> layouts = new ArrayList<>();
            for (String child : node.childrenNames()) {
                read(child).ifPresent(layouts::add);
            }
            layouts.sort(java.util.Comparator.comparing(SavedLayout::name, String.CASE_INSENSITIVE_ORDER));
            return layouts;
        } catch (BackingStoreException | IllegalStateException e) {
            return List.of();
        }
    }

    public Optional<SavedLayout> named(String name) {
        return all().stream().filter(l -> l.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public void save(SavedLayout layout) throws BackingStoreException {
        Preferences saved = node.node(childName(layout.name()));
        saved.clear();
        saved.put("name", layout.name());
        saved.putBoolean("turns", layout.withTurns());
        StringBuilder names = new StringBuilder();
        layout.names().forEach((found, to) -> names.append(found).append('\t').append(to).append('\n'));
        saved.put("names", names.toString());
        saved.put("interviewers", String.join("\n", layout.interviewers()));
        saved.put("labelsKept", String.join("\n", layout.labelsKept())); // a suggestion stays one (review)
        saved.flush();
    }

    /** Forgets a saved layout; nothing when there is none of that name. */
    public void delete(String name) throws BackingStoreException {
        String child = childName(name);
        if (node.nodeExists(child)) {
            node.node(child).removeNode();
            node.flush();
        }
    }

    private Optional<SavedLayout> read(String child) {
        Preferences saved = node.node(child);
        String name = saved.get("name", "");
        if (name.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : saved.get("names", "").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                names.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        Set<String> interviewers = new LinkedHashSet<>(Arrays.stream(saved.get("interviewers", "").split("\n"))
                .filter(s -> !s.isBlank()).toList());
        Set<String> kept = new LinkedHashSet<>(Arrays.stream(saved.get("labelsKept", "").split("\n"))
                .filter(s -> !s.isBlank()).toList());
        return Optional.of(new SavedLayout(name, names, interviewers, saved.getBoolean("turns", true), kept));
    }

    /** A preferences node name for a layout name (nodes take no slashes and at most 80 characters). */
    private static String childName(String name) {
        String plain = SpeakerTurnDetector.key(name).replace('/', '_');
        return plain.length() <= 60 ? plain : plain.substring(0, 60) + Integer.toHexString(plain.hashCode());
    }
}
