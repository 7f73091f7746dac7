package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Entity;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Replaces names (people, streets, organisations) by pseudonyms everywhere a project keeps the
 * researcher's material: transcripts (with their speaker labels and the speakers named on turns), document
 * names, descriptions, attribute names and values, quotation comments, memos, code names (an in-vivo code may
 * be a name) and the notes of codes (definition, indicators, rules, anchor example and memo; an anchor example is
 * often a quotation), groups, relations, diagrams, the project's name and kept queries.
 * Only whole words match (an underscore parts words), so "Jan" does not touch "Janssen" or "januari"; a name of
 * several words matches whatever white space parts them; longer names go first, so
 * "Jan de Vries" becomes one pseudonym rather than "R1 de Vries". Quotations and speaker turns move with
 * the text, as with any edit, and the whole replacement is one undoable command.
 */
public final class Pseudonymisation {
    /** Where a name was found. */
    public enum Place { TRANSCRIPT, DOCUMENT_NAME, DOCUMENT_DESCRIPTION, DOCUMENT_ATTRIBUTE, QUOTATION_COMMENT, MEMO, CODE_NOTES,
        CODE_NAME, GROUP, RELATION, DIAGRAM, PROJECT, SAVED_QUERY,
        /** A speaker's name on their turns that the text does not write (renamed in the Speakers window). */
        SPEAKER,
        /** An attribute's name ("buurvrouw Fatima"): in its definition and on every document that has it. */
        ATTRIBUTE_NAME,
        /**
         * A name inside another word ("Karins", "Karinstraat", "karin.deboer@…"): not replaced (it may be another
         * word), but listed, so what would still give a person away is seen before the project is shared.
         */
        INSIDE_A_WORD,
        /** A linked recording's file name: listed so the user renames the file, never renamed by Veldwerk. */
        RECORDING }

    /** One name and what replaces it. */
    public record Replacement(String name, String pseudonym) {
        public Replacement {
            // White space of any kind (a no-break space pasted from Word) and underscores part a name's words: a
            // name of them alone is none (it matched everywhere, review).
            name = name == null ? "" : name.replaceAll("[\\s\\h_]+", " ").strip();
            pseudonym = pseudonym == null ? "" : pseudonym.replaceAll("[\\s\\h]+", " ").strip();
            if (name.isEmpty()) {
                throw refused("pseudonym.noName");
            }
            if (pseudonym.isEmpty()) {
                throw refused("pseudonym.noPseudonym", name);
            }
        }
    }

    /** One occurrence, with a little of the text around it for the preview. */
    public record Occurrence(Place place, String ownerName, String found, String replacement, String context) {
        /** Whether the occurrence is replaced, not only listed to check ({@link Place#INSIDE_A_WORD}). */
        public boolean replaced() {
            return place != Place.INSIDE_A_WORD;
        }
    }

    private static final int CONTEXT = 30;
    /**
     * Between fields the preview reads as one text: no white space, so a name is never found across two fields
     * (a memo's title ending "Karin" and its text opening "de Boer"), which are replaced one by one (review).
     */
    private static final String APART = "\u0000";

    private final Pattern pattern;
    /** The names at a word's start, also where the word goes on: what {@link Place#INSIDE_A_WORD} lists. */
    private final Pattern loose;
    /** The replacements longest name first: alternative i of the pattern is group i + 1. */
    private final List<Replacement> longestFirst;
    private final boolean matchCase;

    /** Refuses an empty list, a name given twice, or a pseudonym that is itself one of the names. */
    public Pseudonymisation(List<Replacement> replacements, boolean matchCase) {
        if (replacements.isEmpty()) {
            throw refused("pseudonym.none");
        }
        this.matchCase = matchCase;
        Map<String, String> names = new HashMap<>();
        for (Replacement r : replacements) {
            if (names.put(key(r.name()), r.pseudonym()) != null) {
                throw refused("pseudonym.twice", r.name());
            }
        }
        for (Replacement r : replacements) {
            if (names.containsKey(key(r.pseudonym()))) {
                throw refused("pseudonym.isAName", r.pseudonym());
            }
        }
        longestFirst = replacements.stream().sorted(Comparator.comparingInt((Replacement r) -> r.name().length())
                .reversed()).toList();
        // One group per name, so a match says which name it is whatever its case ("ILKER" for "İlker": the
        // regex folds case per character, which a lower-cased lookup key would not agree with).
        String alternatives = String.join("|", longestFirst.stream().map(r -> "(" + spaced(r.name()) + ")").toList());
        // Letters and digits on either side mean the name is part of another word. An underscore does not: a
        // file's name ("Interview_Karin_de_Boer") writes its words so, and "Karin" there was left (QA).
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // At a word's start only, as the names are matched: "Karins", "Karinstraat", "Janssen"; not "januari".
        // With the name's own capitals, whatever the matching: "Jan" lists "Janssen", not every "januari".
        loose = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")");
    }

    /**
     * A name of several words as the text may write it: the words apart by any run of white space (a line break,
     * a no-break space as Word writes one, two spaces, a tab) or underscores. With one plain space only, "Karin"
     * at a line's end and "de Boer" on the next became "R1", then "de Boer" for all to read (QA).
     */
    private static String spaced(String name) {
        // Its words are apart by one space: the Replacement made them so.
        return java.util.Arrays.stream(name.split(" ")).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s\\h_]+"));
    }

    /** A text as a whole word: no letter or digit on either side. */
    private static Pattern asWord(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])");
    }

    private static ModelException refused(String key, Object... args) {
        return new ModelException(Message.of(key, args).userText());
    }

    private String key(String name) {
        return matchCase ? name : name.toLowerCase(Locale.ROOT);
    }

    /** Every occurrence in the project, in document order, then comments and memos: the preview. */
    public List<Occurrence> find(Project p) {
        List<Occurrence> found = new ArrayList<>();
        Map<String, Pattern> asWord = new HashMap<>(); // each speaker's name as a word, made once
        for (Document d : p.documents()) {
            collect(found, Place.DOCUMENT_NAME, d.name(), d.name());
            collect(found, Place.DOCUMENT_DESCRIPTION, d.name(), d.description());
            collect(found, Place.DOCUMENT_ATTRIBUTE, d.name(), String.join(APART, d.attributes().values()));
            collect(found, Place.TRANSCRIPT, d.name(), d.text());
            for (String speaker : d.turnSpeakers().stream().distinct().toList()) {
                // Only a speaker a name is found in is looked for in the text (collect adds nothing for others).
                boolean named = pattern.matcher(speaker).find() || loose.matcher(speaker).find();
                if (named && !asWord.computeIfAbsent(speaker, Pseudonymisation::asWord).matcher(d.text()).find()) {
                    collect(found, Place.SPEAKER, d.name(), speaker); // not written in the text: found here
                }
            }
            if (d.recording() != null) {
                collect(found, Place.RECORDING, d.name(), d.recording().fileName());
            }
        }
        for (Quotation q : p.quotations()) {
            collect(found, Place.QUOTATION_COMMENT, p.document(q.documentId()).map(Document::name).orElse("?"),
                    q.comment());
        }
        for (Memo m : p.memos()) {
            collect(found, Place.MEMO, m.title(), m.title() + APART + m.text());
        }
        for (nl.veldwerk.model.AttributeDefinition a : p.attributes()) {
            collect(found, Place.ATTRIBUTE_NAME, a.name(), a.name());
        }
        for (Code c : p.codes()) {
            collect(found, Place.CODE_NAME, c.name(), c.name()); // an in-vivo code may be a name
            collect(found, Place.CODE_NOTES, c.name(), String.join(APART, notes(c)));
        }
        for (nl.veldwerk.model.DocumentGroup g : p.groups()) {
            collect(found, Place.GROUP, g.name(), g.name() + APART + g.description());
        }
        for (nl.veldwerk.model.Relation r : p.relations()) {
            String named = p.code(r.sourceCodeId()).map(Code::name).orElse("?") + " → "
                    + p.code(r.targetCodeId()).map(Code::name).orElse("?"); // a relation is known by its codes
            collect(found, Place.RELATION, named, r.label() + APART + r.comment());
        }
        for (nl.veldwerk.model.Diagram d : p.diagrams()) {
            collect(found, Place.DIAGRAM, d.name(), d.name());
        }
        ProjectInfo info = p.info();
        collect(found, Place.PROJECT, info.name(), info.name() + APART + info.description());
        for (nl.veldwerk.model.SavedQuery q : info.savedQueries()) {
            collect(found, Place.SAVED_QUERY, q.name(), q.name() + APART + q.query());
        }
        return found;
    }

    private void collect(List<Occurrence> found, Place place, String ownerName, String text) {
        Matcher m = pattern.matcher(text);
        java.util.Set<Integer> whole = new java.util.HashSet<>();
        while (m.find()) {
            found.add(new Occurrence(place, ownerName, m.group(), pseudonymOf(m), context(text, m.start(), m.end())));
            whole.add(m.start());
        }
        // Opening a longer word: listed, not replaced. The word it is in is shown whole (to a space), as read.
        Matcher inside = loose.matcher(text);
        while (inside.find()) {
            if (!whole.contains(inside.start())) {
                int start = inside.start();
                int end = inside.end();
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                found.add(new Occurrence(Place.INSIDE_A_WORD, ownerName, text.substring(start, end), "",
                        context(text, start, end)));
            }
        }
    }

    /** The occurrences to show: those replaced first, then the longer words listed to check. */
    public static List<Occurrence> replacedFirst(List<Occurrence> found) {
        return found.stream().sorted(Comparator.comparing(o -> !o.replaced())).toList();
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), end + CONTEXT)).replace('\n', ' ');
    }

    /** The pseudonym of the name a match found, in the case the text writes the name in (see {@link #inCaseOf}). */
    private String pseudonymOf(java.util.regex.MatchResult match) {
        for (int group = 1; group <= longestFirst.size(); group++) {
            if (match.group(group) != null) {
                Replacement r = longestFirst.get(group - 1);
                // A name broken over lines keeps its line breaks after it: paragraphs stay as many as they were.
                String breaks = match.group().chars().filter(ch -> ch == '\n').mapToObj(ch -> "\n")
                        .collect(java.util.stream.Collectors.joining());
                return inCaseOf(match.group(), r.name(), r.pseudonym()) + breaks;
            }
        }
        throw new IllegalStateException("a match of no name");
    }

    /**
     * A name typed in small letters and found with a capital (a sentence's first word: "Oma zei…") or in capitals
     * ("OMA") gets a pseudonym written the same way ("Familielid zei…"; QA: "familielid zei…"); a name typed with
     * its capitals, as names are, keeps the pseudonym as typed.
     */
    static String inCaseOf(String found, String name, String pseudonym) {
        if (pseudonym.isEmpty() || found.isEmpty() || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return pseudonym;
        }
        if (found.length() > 1 && found.equals(found.toUpperCase(java.util.Locale.ROOT))
                && !found.equals(found.toLowerCase(java.util.Locale.ROOT))) {
            return pseudonym.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(found.codePointAt(0)) && Character.isLowerCase(pseudonym.codePointAt(0))) {
            int first = Character.charCount(pseudonym.codePointAt(0));
            return pseudonym.substring(0, first).toUpperCase(java.util.Locale.ROOT) + pseudonym.substring(first);
        }
        return pseudonym;
    }

    /** Replaces every occurrence, as one undoable command; refused when there is nothing to replace. */
    public Command command(Project project) {
        return prepare(project).command();
    }

    /**
     * The replacement worked out in full: every entity it changes, as it is and as it becomes, in the order
     * they can be put. Pure work on immutable entities, so it may run on any thread, on a copy of the
     * project; {@link Prepared#command} then only puts the results, and refuses if the project changed
     * meanwhile.
     */
    public record Prepared(List<Entity> before, List<Entity> after, int count) {
        public Command command() {
            if (count == 0) {
                throw refused("pseudonym.nothingFound");
            }
            return new PlannedCommand(Message.of("pseudonym.apply", count), (plan, p) -> {
                // An entity changed in steps (a document, then its attribute renamed) is checked at its first.
                java.util.Set<String> put = new java.util.HashSet<>();
                for (int i = 0; i < before.size(); i++) {
                    Entity was = before.get(i);
                    if (put.add(was.kind() + ":" + was.id()) && p.find(was.kind(), was.id()).orElse(null) != was) {
                        throw refused("pseudonym.changedMeanwhile");
                    }
                    plan.put(after.get(i));
                }
            });
        }
    }

    public Prepared prepare(Project p) {
        int[] count = {0};
        java.util.function.UnaryOperator<String> replace = text -> replaced(text, count);
        List<Entity> before = new ArrayList<>();
        List<Entity> after = new ArrayList<>();
        java.util.Set<String> edited = new java.util.HashSet<>();
        for (Document d : p.documents()) {
            if (transcript(p, d, replace, count, before, after)) {
                edited.add(d.id());
            }
        }
        attributeNames(p, replace, before, after);
        for (Quotation q : p.quotations()) {
            if (!edited.contains(q.documentId())) { // an edited transcript's quotations were done with it
                String comment = replace.apply(q.comment());
                if (!comment.equals(q.comment())) {
                    before.add(q);
                    after.add(q.withComment(comment));
                }
            }
        }
        for (Memo m : p.memos()) {
            String title = replace.apply(m.title());
            String text = replace.apply(m.text());
            if (!title.equals(m.title()) || !text.equals(m.text())) {
                before.add(m);
                after.add(m.withText(title, text, m.modified()));
            }
        }
        for (Code c : p.codes()) {
            Code changed = c.withName(replace.apply(c.name())).withDefinition(replace.apply(c.definition()), c.indicators().stream().map(replace)
                    .toList()).withRules(replace.apply(c.inclusion()), replace.apply(c.exclusion()),
                    replace.apply(c.anchor())).withMemo(replace.apply(c.memo()));
            if (!changed.equals(c)) {
                before.add(c);
                after.add(changed);
            }
        }
        for (nl.veldwerk.model.DocumentGroup g : p.groups()) {
            nl.veldwerk.model.DocumentGroup changed = new nl.veldwerk.model.DocumentGroup(g.id(),
                    replace.apply(g.name()), replace.apply(g.description()));
            if (!changed.equals(g)) {
                before.add(g);
                after.add(changed);
            }
        }
        for (nl.veldwerk.model.Relation r : p.relations()) {
            nl.veldwerk.model.Relation changed = new nl.veldwerk.model.Relation(r.id(), r.sourceCodeId(),
                    r.targetCodeId(), r.type(), replace.apply(r.label()), r.weight(), replace.apply(r.comment()));
            if (!changed.equals(r)) {
                before.add(r);
                after.add(changed);
            }
        }
        for (nl.veldwerk.model.Diagram d : p.diagrams()) {
            nl.veldwerk.model.Diagram changed = d.withName(replace.apply(d.name()));
            if (!changed.equals(d)) {
                before.add(d);
                after.add(changed);
            }
        }
        // The project's name, description and kept queries; and the speakers kept for their role, which carry
        // the names the turns carry: they change with them.
        ProjectInfo info = p.info();
        ProjectInfo changedInfo = new ProjectInfo(info.id(), replace.apply(info.name()),
                replace.apply(info.description()), info.language(), info.created(), info.savedQueries().stream()
                        .map(q -> new nl.veldwerk.model.SavedQuery(replace.apply(q.name()), q.overCodes(),
                                replace.apply(q.query()))).toList(),
                info.speakers().stream().map(s -> new nl.veldwerk.model.Speaker(replace.apply(s.name()), s.role()))
                        .toList(), info.rejectedSuggestions());
        if (!changedInfo.equals(info)) {
            before.add(info);
            after.add(changedInfo);
        }
        return new Prepared(List.copyOf(before), List.copyOf(after), count[0]);
    }

    /**
     * Attributes whose name holds a name ("buurvrouw Fatima"; QA: it stayed in the project, the .qdpx and the
     * bundle): renamed as the model lets an attribute in use be renamed, its values taken off the documents
     * that have it, the definition renamed, the values put back under the new name.
     */
    private static void attributeNames(Project p, java.util.function.UnaryOperator<String> replace, List<Entity> before,
                                       List<Entity> after) {
        java.util.Map<String, Document> latest = new java.util.HashMap<>(); // each document as it will be by now
        for (Entity e : after) {
            if (e instanceof Document d) {
                latest.put(d.id(), d);
            }
        }
        for (nl.veldwerk.model.AttributeDefinition a : p.attributes()) {
            String name = replace.apply(a.name());
            if (name.equals(a.name())) {
                continue;
            }
            List<Document> holders = p.documents().stream().map(d -> latest.getOrDefault(d.id(), d))
                    .filter(d -> d.attributes().containsKey(a.name())).toList();
            for (Document d : holders) {
                java.util.Map<String, String> values = new java.util.LinkedHashMap<>(d.attributes());
                values.remove(a.name());
                Document without = d.withAttributes(values);
                before.add(d);
                after.add(without);
                latest.put(d.id(), without);
            }
            before.add(a);
            after.add(new nl.veldwerk.model.AttributeDefinition(a.id(), name, a.type()));
            for (Document d : holders) {
                Document now = latest.get(d.id());
                java.util.Map<String, String> values = new java.util.LinkedHashMap<>(now.attributes());
                values.put(name, d.attributes().get(a.name()));
                Document with = now.withAttributes(values);
                before.add(now);
                after.add(with);
                latest.put(d.id(), with);
            }
        }
    }

    private static List<String> notes(Code c) {
        List<String> notes = new ArrayList<>(List.of(c.definition(), c.inclusion(), c.exclusion(), c.anchor(), c.memo()));
        notes.addAll(c.indicators());
        return notes;
    }

    /** The text with every name replaced; adds how many were to {@code counted[0]}. */
    private String replaced(String text, int[] counted) {
        return pattern.matcher(text).replaceAll(r -> {
            counted[0]++;
            return Matcher.quoteReplacement(pseudonymOf(r));
        });
    }

    /**
     * A document's text, name, description and attributes; its quotations (with their comments) and turns
     * follow the text edits. Adds what changes to {@code before} and {@code after}, in an order the model
     * accepts: a text that grows before quotations move out into it, one that shrinks after they moved in.
     */
    private boolean transcript(Project p, Document d, java.util.function.UnaryOperator<String> replace, int[] count,
                               List<Entity> before, List<Entity> after) {
        List<TextEdit> edits = new ArrayList<>();
        Matcher m = pattern.matcher(d.text());
        while (m.find()) {
            int firstBreak = d.text().indexOf('\n', m.start());
            if (firstBreak < 0 || firstBreak >= m.end()) {
                edits.add(new TextEdit(m.start(), m.end(), pseudonymOf(m)));
            } else {
                // A name broken over lines (a turn may end at the break): the pseudonym where it begins, the words
                // on the next line taken out, the line break itself left alone, so no turn or paragraph moves its
                // end across it (review).
                int lastBreak = d.text().lastIndexOf('\n', m.end() - 1);
                String pseudonym = pseudonymOf(m).stripTrailing();
                edits.add(new TextEdit(m.start(), firstBreak, pseudonym));
                edits.add(new TextEdit(lastBreak + 1, m.end(), ""));
            }
        }
        count[0] += edits.size();
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        d.attributes().forEach((name, value) -> attributes.put(name, replace.apply(value))); // names: see prepare
        Document changed = d.withName(replace.apply(d.name())).withDescription(replace.apply(d.description()))
                .withAttributes(attributes);
        if (edits.isEmpty()) {
            // A speaker renamed after the import (the Speakers window) is named on the turns, not in the text.
            java.util.Map<String, String> renamed = new java.util.HashMap<>(); // counted once per speaker, as found
            for (String speaker : d.turnSpeakers()) {
                renamed.computeIfAbsent(speaker, name -> replace.apply(name));
            }
            List<SpeakerTurn> turns = d.turns().stream().map(t -> new SpeakerTurn(renamed.get(t.speaker()),
                    t.start(), t.end(), t.timestampMillis())).toList();
            if (!turns.equals(d.turns())) {
                changed = changed.withText(d.text(), turns);
            }
            if (!changed.equals(d)) {
                before.add(d);
                after.add(changed);
            }
            return false;
        }
        // From the last edit to the first, so each edit's offsets still hold in the text it applies to.
        StringBuilder text = new StringBuilder(d.text());
        List<Quotation> quotations = p.quotationsOf(d.id());
        int[][] quotationRanges = quotations.stream().map(q -> new int[] {q.start(), q.end()}).toArray(int[][]::new);
        int[][] turnRanges = d.turns().stream().map(t -> new int[] {t.start(), t.end()}).toArray(int[][]::new);
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit e = edits.get(i);
            text.replace(e.start(), e.end(), e.replacement());
            moveAll(e, quotationRanges);
            moveAll(e, turnRanges);
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        for (int i = 0; i < turnRanges.length; i++) {
            SpeakerTurn t = d.turns().get(i);
            // The speaker label is in the text and kept with the turn: both change, or reports name the person.
            // (Not counted again: the label is also in the text, where it was counted.)
            turns.add(new SpeakerTurn(replaced(t.speaker(), new int[1]), turnRanges[i][0], turnRanges[i][1],
                    t.timestampMillis()));
        }
        changed = changed.withText(text.toString(), turns);
        List<Entity> movedBefore = new ArrayList<>();
        List<Entity> movedAfter = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            Quotation q = quotations.get(i);
            Quotation moved = q.withRange(quotationRanges[i][0], quotationRanges[i][1])
                    .withComment(replace.apply(q.comment()));
            if (!moved.equals(q)) {
                movedBefore.add(q);
                movedAfter.add(moved);
            }
        }
        boolean grows = changed.text().length() >= d.text().length();
        if (grows) {
            before.add(d);
            after.add(changed);
        }
        before.addAll(movedBefore);
        after.addAll(movedAfter);
        if (!grows) {
            before.add(d);
            after.add(changed);
        }
        return true;
    }

    private static void moveAll(TextEdit edit, int[][] ranges) {
        for (int[] range : ranges) {
            int[] moved = edit.mapRange(range[0], range[1]);
            range[0] = moved[0];
            range[1] = moved[1];
        }
    }
}
