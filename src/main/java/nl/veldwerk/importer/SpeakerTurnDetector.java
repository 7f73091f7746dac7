package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.veldwerk.importer.TranscriptAnalysis.Speaker;
import nl.veldwerk.importer.TranscriptAnalysis.Verdict;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * Finds the speaker turns of a transcript, in whichever {@link TranscriptLayout} it is written, and only
 * when the evidence says it is a conversation: at least two labels that each open several turns, that take
 * turns with each other, that open a good share of the paragraphs, and that are followed by speech rather
 * than a short field value. A text that fails gets no turns, so headers in a book ("Place of birth:") or a
 * line of narrative never become speakers. With labels given by the user, those labels open turns and no
 * evidence is asked.
 *
 * <p>A turn runs from its label line to the next one. Its time is a mark on the label line (before or after
 * the label, or opening the text), else the mark that ends the turn before it, as f4transkript writes them
 * ("I: text #00:01:22-6#"). Hard-wrapped turns (a turn broken into lines of a fixed width) are joined.
 */
public final class SpeakerTurnDetector {
    private static final TranscriptLayout[] LAYOUTS = {TranscriptLayout.LABEL_COLON, TranscriptLayout.LABEL_LINE,
        TranscriptLayout.TIME_LABEL_LINE, TranscriptLayout.LABEL_TIME_LINE, TranscriptLayout.LABEL_BRACKETS,
        TranscriptLayout.LABEL_DASH};
    /** Words that end in a colon at a line start without being a speaker: notes and a header's fields. */
    private static final Set<String> FIELDS = Set.of("note", "noot", "opmerking", "opmerkingen", "let op",
            "bron", "source", "datum", "date", "tijd", "time", "locatie", "location", "plaats", "place", "onderwerp",
            "subject", "titel", "title", "duur", "duration", "naam", "name", "leeftijd", "age", "beroep",
            "occupation", "place of birth", "date of birth", "geboorteplaats", "geboortedatum", "adres", "address",
            "e-mail", "email", "tel", "telefoon", "phone", "project", "transcript", "transcriptie", "interview date",
            "interviewdatum", "opname", "recording", "file", "bestand", "status", "versie", "version",
            "participants", "deelnemers", "aanwezig", "present", "attendees", "respondents", "afwezig", "absent",
            "onderzoek", "onderzoeksvraag", "research", "study", "studie", "doel", "aim", "purpose", "setting",
            "methode", "method", "toestemming", "consent", "achtergrond", "background", "transcribent", "transcriber",
            "legenda", "legend", "sprekers", "speakers", "anonimisering", "anonymisation", "anonymization", "sfeer",
            "trefwoorden", "keywords", "instructie", "instructies", "instructions", "inleiding", "introduction",
            "abstract", "bijlage", "bijlagen", "appendix", "annex", "agenda", "programma", "programme", "schedule",
            "item", "items", "score", "rating", "schaal", "scale", "doorvraag", "doorvragen", "follow-up");
    /**
     * Labels of a typist's headings and notes between the turns (QA: "Thema: wonen" spoke three times, "NB" once),
     * which end the turn above them where they stand apart (between blank lines, or between two turns' first lines):
     * not every field, since "Tijd: hadden we niet." in an answer is the answer's (review). None is a speaker, but
     * for the one that is also a name ({@link #NAMES_TOO}).
     */
    private static final Set<String> HEADINGS_AND_NOTES = Set.of("thema", "theme", "topic", "topics", "onderdeel",
            "sectie", "section", "nb", "n.b", "n.b.", "conclusie", "conclusion", "samenvatting", "summary",
            "observatie", "observation", "observaties", "observations", "notitie", "notities", "notes", "aantekening",
            "aantekeningen", "toelichting", "context", "memo", "note", "noot", "opmerking");
    /**
     * Of those, the one that is someone's name too ("Memo", Mehmet: QA): a speaker when it speaks as often as a speaker
     * does, in sentences ({@link #speaksAsAName}).
     */
    private static final Set<String> NAMES_TOO = Set.of("memo");
    /** Of those, the headings: "Thema: isolatie" heads what follows wherever it stands (a Word file has no blank lines). */
    private static final Set<String> HEADINGS = Set.of("thema", "theme", "topic", "topics", "onderdeel", "sectie",
            "section");
    /**
     * A heading numbered in an interview guide ("Vraag 1", "Thema 2", "Question 3a"). Unnumbered, "Vraag" and
     * "Question" are speakers in a transcript written as questions and answers; "Subject 1" and "Part 2" are
     * participants (review).
     */
    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile(
            "(?:vraag|question|thema|theme|topic|deel|sectie|section|blok|fase|phase|onderwerp)"
                    + " ?\\d{1,3}[a-z]?");
    /**
     * Words a speaker puts before a colon or a dash in speech ("Kijk: zo zit het.", "Ehm - ik weet het niet"), and
     * fillers, not anyone's name (QA: "Kijk" spoke twice in subtitles).
     */
    private static final Set<String> SPEECH = Set.of("kijk", "nou", "dus", "maar", "zie", "luister", "zeg", "ja",
            "nee", "oké", "ok", "goed", "kortom", "weet je", "nou ja", "tja", "want", "look", "listen", "well", "so",
            "see", "okay", "yes", "no", "but", "now", "anyway", "right", "basically", "example", "voorbeeld",
            "bijvoorbeeld", "ehm", "eh", "uh", "uhm", "um", "hm", "hmm", "mm", "mhm", "ah", "oh", "toen", "en");
    private static final Set<String> NOT_SPEAKERS = java.util.stream.Stream.concat(FIELDS.stream(), SPEECH.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MIN_TURNS_PER_SPEAKER = 2;

    /** Whether a label (as {@link #key} makes it) is a header's field or a word of speech, never a speaker. */
    static boolean neverASpeaker(String key) {
        return NOT_SPEAKERS.contains(key) || NUMBERED_HEADING.matcher(key).matches()
                || HEADINGS_AND_NOTES.contains(key) && !NAMES_TOO.contains(key);
    }

    /** Words that end a phrase before a colon in speech ("het punt is", "the thing is", "wat ik bedoel is"). */
    private static final Set<String> PHRASE_ENDS = Set.of("is", "was", "zijn", "waren", "are", "were", "bedoel",
            "mean", "denk", "think", "zeg", "say", "zei", "said", "vind", "weet", "know");
    /**
     * Words that open a sentence and no name of more than one word ("het punt", "ik bedoel"); not "I" or "My", which
     * open Balinese and Vietnamese names ("I Made Wirawan", "My Linh"): "I mean", "my point is" end in a
     * {@link #PHRASE_ENDS} word.
     */
    private static final Set<String> SENTENCE_OPENINGS = Set.of("het", "ik", "je", "jij", "we", "wij", "mijn", "dat",
            "dit", "wat", "it", "this", "that", "what");

    /**
     * Whether a label, as written, is a phrase a speaker opens a sentence with ("Het punt is: ...", "Nou ja. Kijk:
     * ...", "I mean: ..."), which a respondent may repeat often enough to look like a speaker's label (QA: a speaker
     * "Het punt is" with four turns, the respondent's own words): a sentence's end inside it after a word of speech
     * ("Nou ja. Kijk"), a question or exclamation inside it ("Echt? Nee"), or its words after the first in lower case
     * with its last a verb of such a phrase ("het punt is") or its first a word that opens sentences ("ik bedoel").
     * A name's words are capitalised: "Fatima Said", "Dat Nguyen", "Het Buurthuis", "IT Manager" stay speakers, as do
     * "De Vries" and "Dr. Jansen". Not asked of subtitles, whose every "Name:" is someone's.
     */
    static boolean aPhraseOfSpeech(String label) {
        String key = key(label);
        int space = key.indexOf(' ');
        if (space < 0) {
            return false;
        }
        if (key.contains("? ") || key.contains("! ")) {
            return true;
        }
        for (int stop = key.indexOf(". "); stop >= 0; stop = key.indexOf(". ", stop + 1)) {
            String before = key.substring(key.lastIndexOf(' ', stop - 1) + 1, stop);
            if (SPEECH.contains(before)) {
                return true;
            }
        }
        String[] words = label.strip().split("\\s+");
        for (int w = 1; w < words.length; w++) {
            if (!Character.isLowerCase(words[w].codePointAt(0))) {
                return false; // a name's words, capitalised
            }
        }
        return SENTENCE_OPENINGS.contains(key.substring(0, space))
                || PHRASE_ENDS.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /**
     * The headings and a typist's notes the turns leave out ("Thema: werk", "NB: ..."), by label as first written,
     * with how many lines each opens, above the first turn too (QA: "Thema (2)" for a file with three, the first
     * above the first turn): said in the import notes, as the reading decided them. The lines are read as the
     * turns' openings are, so a heading in Markdown's emphasis ("**Thema:** wonen") or in the file's own layout
     * ("Thema - wonen" where turns open "I - ...") is counted too (the notes had missed them, review).
     */
    public static Map<String, Integer> headingsOutsideTurns(TranscriptAnalysis a) {
        Map<String, Integer> found = new LinkedHashMap<>();
        if (a.turns().isEmpty()) {
            return found;
        }
        Lines lines = Lines.of(a.text(), null);
        List<SpeakerTurn> turns = a.turns();
        int t = 0;
        Map<String, String> spelling = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.start(i);
            while (t < turns.size() && turns.get(t).end() <= start) {
                t++;
            }
            boolean inTurn = t < turns.size() && turns.get(t).start() <= start;
            LabelLine line = inTurn ? null : lines.read(i);
            if (line != null && headingOrNote(line.key()) && (a.layout().accepts(line)
                    || line.form() == LabelLine.Form.LABEL_COLON_TEXT || line.form() == LabelLine.Form.LABEL_COLON_ALONE)) {
                String label = spelling.computeIfAbsent(line.key(), k -> line.label());
                found.merge(label, 1, Integer::sum);
            }
        }
        return found;
    }

    /** Whether a label is a heading's or a typist's note's, unless it speaks as a name does. */
    private static boolean headingOrNote(String key) {
        return HEADINGS_AND_NOTES.contains(key) || NUMBERED_HEADING.matcher(key).matches();
    }
    private static final double MIN_ALTERNATION = 0.1;
    private static final double MIN_SHARE_OF_PARAGRAPHS = 0.2;
    private static final double MIN_SHARE_OF_TEXT = 0.5;
    private static final double MIN_MEAN_SPEECH = 8;
    private static final int FIRST_WORDS = 8;

    private final Set<String> labels;
    /** The labels as given, longest first (so "UU: Pieter Jansen" is tried before "UU"); null without labels. */
    private final List<String> given;
    private final boolean off;

    private SpeakerTurnDetector(List<String> given, boolean off) {
        this.given = given == null ? null : given.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.labels = given == null ? null : this.given.stream().map(SpeakerTurnDetector::key)
                .collect(Collectors.toUnmodifiableSet());
        this.off = off;
    }

    /** Finds the layout and the speakers from the text. */
    public static SpeakerTurnDetector automatic() {
        return new SpeakerTurnDetector(null, false);
    }

    /** Finds no turns: for texts the user imports as they are. */
    public static SpeakerTurnDetector none() {
        return new SpeakerTurnDetector(null, true);
    }

    /** Only the given labels (compared case-insensitively) open turns, in any layout, without asking evidence. */
    public static SpeakerTurnDetector withLabels(List<String> labels) {
        return new SpeakerTurnDetector(labels, false);
    }

    /** The labels the user named, as given; empty when this detector finds them itself. */
    public List<String> labelsGiven() {
        return given == null ? List.of() : given;
    }

    /**
     * With the speakers a file's format names (subtitles' voices) as the labels, when this detector finds them
     * itself: such names are speakers however they are written, where the evidence rules ask names to look like
     * names ("marieke", a phone dialling in). Labels the user gave, or no turns asked for, stay as they are.
     */
    public SpeakerTurnDetector trusting(List<String> named) {
        return off || labels != null || named.isEmpty() ? this : withLabels(named);
    }

    /** Reads the text's structure; see {@link TranscriptAnalysis#text()} for the text the turns refer to. */
    public TranscriptAnalysis analyse(String text) {
        if (off) {
            return new TranscriptAnalysis(text, TranscriptLayout.NONE, List.of(), List.of(), TimeMarks.find(text),
                    false, Verdict.TURNS_OFF);
        }
        Lines lines = Lines.of(text, given);
        TranscriptAnalysis found = analyse(text, lines, given);
        if (given != null || found.turns().isEmpty()) {
            return found;
        }
        // A label found is also written in lower case at a line's start ("interviewer:" beside "Interviewer:", a
        // typist's slip): those lines open the same speaker's turns. A label is otherwise read only capitalised
        // (prose's "maar toen zei ik:" is nobody); the lower-case line's words went to the turn before (QA).
        List<String> names = found.speakers().stream().map(Speaker::name)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        if (!opensInLowerCase(lines, names)) {
            return found;
        }
        TranscriptAnalysis caseless = analyse(text, Lines.of(text, names), names);
        return caseless.turns().size() > found.turns().size() ? caseless : found;
    }

    /** Whether a line opens with one of {@code names} in lower case and a colon ("respondent: ..."). */
    private static boolean opensInLowerCase(Lines lines, List<String> names) {
        String text = lines.text();
        for (int line = 0; line < lines.size(); line++) {
            int p = LabelLine.skipBlanks(text, lines.start(line), text.length());
            if (p < text.length() && Character.isLowerCase(text.charAt(p))) {
                for (String name : names) {
                    String key = key(name);
                    int colon = LabelLine.skipBlanks(text, p + key.length(), text.length());
                    if (text.startsWith(key, p) && colon < text.length() && text.charAt(colon) == ':') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The analysis with {@code given} read as labels however they are written (null: labels found only). */
    private TranscriptAnalysis analyse(String text, Lines lines, List<String> given) {
        Evidence best = null;
        Verdict why = Verdict.NO_LABELS;
        int mostOpenings = 0;
        for (TranscriptLayout layout : LAYOUTS) {
            Evidence e = weigh(text, lines, layout);
            if (e.verdict == Verdict.CONVERSATION || e.verdict == Verdict.LABELS_GIVEN) {
                if (best == null || e.openings.size() > best.openings.size()) {
                    best = e;
                }
            } else if (e.verdict != Verdict.NO_LABELS && e.candidates >= mostOpenings) {
                mostOpenings = e.candidates;
                why = e.verdict;
            }
        }
        if (best == null) {
            return new TranscriptAnalysis(text, TranscriptLayout.NONE, List.of(), List.of(), lines.marks(), false,
                    why, lines.longest() > nl.veldwerk.model.LongLines.MAX ? -1 : 0, ReadNotes.NONE, LeftOut.NONE);
        }
        String joined = best.wrap == null ? text : best.wrap.join(text, lines, best.openingLines());
        if (!joined.equals(text)) {
            Lines again = Lines.of(joined, given);
            Evidence rejoined = openings(joined, again, best.layout, best.speakers, best.verdict, null);
            return result(joined, again, rejoined, true);
        }
        return result(text, lines, best, false);
    }

    /** How well the text's lines fit one layout. */
    private Evidence weigh(String text, Lines lines, TranscriptLayout layout) {
        if (!lines.anyAcceptedBy(layout)) {
            return Evidence.rejected(layout, Verdict.NO_LABELS, 0);
        }
        Map<String, Tally> tallies = new HashMap<>();
        int[] labelLines = lines.labelLines();
        int[] candidates = new int[labelLines.length];
        int found = 0;
        for (int i : labelLines) {
            LabelLine line = lines.read(i);
            if (layout.accepts(line)) {
                candidates[found++] = i;
                Tally tally = tallies.computeIfAbsent(line.key(), k -> new Tally());
                if (tally.label == null) {
                    tally.label = line.label();
                }
                tally.lines++;
                if (!line.alone() || speechFollows(lines, i, layout)) {
                    tally.followedBySpeech++;
                }
                if (line.alone() || endsASentence(text, line.contentStart(), line.lineEnd())) {
                    tally.sentences++;
                }
            }
        }
        if (found == 0) {
            return Evidence.rejected(layout, Verdict.NO_LABELS, 0);
        }
        candidates = java.util.Arrays.copyOf(candidates, found);
        Set<String> speakers = new LinkedHashSet<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            String key = e.getKey();
            Tally tally = e.getValue();
            boolean speaks = 2 * tally.followedBySpeech >= tally.lines;
            if (labels != null ? labels.contains(key) : speaks && tally.lines >= MIN_TURNS_PER_SPEAKER
                    && !neverASpeaker(key) && !aPhraseOfSpeech(tally.label)) {
                speakers.add(key);
            }
        }
        if (labels == null) {
            speakers.removeIf(key -> !speaksAsAName(key, tallies));
        }
        if (labels != null) {
            return speakers.isEmpty() ? Evidence.rejected(layout, Verdict.NO_LABELS, candidates.length)
                    : openings(text, lines, layout, speakers, Verdict.LABELS_GIVEN, null);
        }
        if (speakers.size() < 2) {
            return Evidence.rejected(layout, Verdict.TOO_FEW_SPEAKERS, candidates.length);
        }
        HardWrap wrap = HardWrap.of(lines);
        Evidence e = openings(text, lines, layout, speakers, Verdict.CONVERSATION, wrap).verdict(text, lines);
        if (e.verdict != Verdict.CONVERSATION) {
            return e;
        }
        // A conversation it is: a name heard once (Ria in a focus group) speaks too, once the turns have begun
        // (after the header block's fields).
        e = withoutHeaderFields(text, e);
        if (!onceHeard(layout) || tallies.values().stream().noneMatch(t -> t.lines == 1)) {
            return e; // no label heard once, or none may speak once in this layout
        }
        Set<String> withOnce = new LinkedHashSet<>(speakers);
        int begun = e.openings.getFirst().lineStart();
        // Written as the speakers' labels are: where they end in a colon, a word before a tab is a table's first
        // column ("Huisbezoek<tab>twintig" in a Word table), not someone heard once.
        boolean colons = 2 * e.openings.stream().filter(l -> colonAfter(text, l)).count() > e.openings.size();
        int from = begun;
        for (int k = firstAtOrAfter(lines, candidates, begun) - 1; k >= 0; k--) {
            // Above the first turn: the moderator's welcome, heard once, opens the conversation (QA: it had no turn)
            LabelLine line = lines.read(candidates[k]);
            if (tallies.get(line.key()).lines != 1 || !mayBeSomeone(line, colons, text)
                    || !opensTheTalk(text, line, e)) {
                break;
            }
            withOnce.add(line.key());
            from = line.lineStart();
        }
        for (int i : candidates) {
            LabelLine line = lines.read(i);
            if (tallies.get(line.key()).lines == 1 && line.lineStart() > begun
                    && mayBeSomeone(line, colons, text) && (!line.alone() || speechFollows(lines, i, layout))) {
                withOnce.add(line.key());
            }
        }
        return withOnce.size() == speakers.size() ? e
                : openings(text, lines, layout, withOnce, Verdict.CONVERSATION, wrap).from(from);
    }

    /**
     * Whether a label heard once may be someone's: no field, heading or note, written with the colon where the
     * speakers' labels have one, and a name's words ("Ria", "Moderator"). "van Amsterdam: daar ben ik geboren" goes
     * on with the line above: a surname in lower case speaks as a name only where it comes back (review).
     */
    private static boolean mayBeSomeone(LabelLine line, boolean colons, String text) {
        return !neverASpeaker(line.key()) && !aPhraseOfSpeech(line.label()) && !HEADINGS_AND_NOTES.contains(line.key())
                && (!colons || colonAfter(text, line)) && looksLikeAName(line.label())
                && !nl.veldwerk.model.NameParticles.openName(line.label(), 0, line.label().length());
    }

    /** The index of the first candidate line at or after a position of the text. */
    private static int firstAtOrAfter(Lines lines, int[] candidates, int position) {
        int k = 0;
        while (k < candidates.length && lines.start(candidates[k]) < position) {
            k++;
        }
        return k;
    }

    /**
     * Whether a label line above the first turn opens the talk: a role that leads a talk
     * ("Moderator: Oké, de opname staat aan.", "Interviewer: Eerste vraag."), saying something, not naming someone
     * ("Interviewer: Sanne Jansen, Universiteit Utrecht."). Any other label heard once above the talk is taken for
     * the header's: adversarial QA wrote notes, consent, memos and e-mails above the talk ("Verklaring: Ik geef
     * toestemming ...", "Disclaimer: We removed all names"), which no reading of their words told from speech.
     */
    private static boolean opensTheTalk(String text, LabelLine line, Evidence e) {
        if (e.openings.size() < 2 || line.alone() || !LEADING_ROLES.contains(line.key())) {
            return false;
        }
        String value = withoutBracketsAtEnd(text.substring(line.contentStart(), line.lineEnd()).strip());
        String bare = value.endsWith(".") ? value.substring(0, value.length() - 1).strip() : value;
        // A header's field: a word or three that end no sentence ("Interviewer: onbekend"), or a value that names
        // someone, full stop or not ("Moderator: Sanne Jansen (Universiteit Utrecht, afdeling Geografie)": review).
        // "Moderator: Welkom allemaal, fijn dat jullie er zijn" is said, full stop or not.
        boolean field = words(value, 0, value.length()) <= 3 && !endsASentence(value)
                || bare.length() <= NAMED_VALUE && namesSomeone(bare);
        return !field;
    }

    /** The roles that lead a talk, who may open it with a line of their own. */
    private static final Set<String> LEADING_ROLES = Set.of("moderator", "gespreksleider", "gespreksleidster",
            "facilitator", "interviewer", "interviewster", "voorzitter", "dagvoorzitter", "begeleider", "presentator",
            "presentatrice", "host", "chair", "i", "int", "mod");
    /** How long a value naming someone at the top may be ("Sanne Jansen, Universiteit Utrecht"). */
    private static final int NAMED_VALUE = 60;

    /**
     * Whether a label that may be a note's or a name ("Memo") is a speaker here: it opens at least a third as many
     * lines as the label that opens most, and most of its lines end a sentence ("Memo: Ik werk bij de gemeente.");
     * a note now and then is not. Any other label is.
     */
    private static boolean speaksAsAName(String key, Map<String, Tally> tallies) {
        if (!NAMES_TOO.contains(key)) {
            return true;
        }
        int most = tallies.entrySet().stream().filter(e -> !e.getKey().equals(key)).mapToInt(e -> e.getValue().lines)
                .max().orElse(0);
        Tally tally = tallies.get(key);
        return 3 * tally.lines >= most && 2 * tally.sentences > tally.lines;
    }

    /** What one layout's label lines of one label say: how many, how many followed by speech, ending a sentence. */
    private static final class Tally {
        /** The label as first written (the key is in lower case): whether it is a phrase of speech. */
        String label;
        int lines;
        int followedBySpeech;
        int sentences;
    }

    /**
     * Whether a name heard once may speak in this layout: not where a dash or brackets stand for the colon, where
     * "Amsterdam - daar woonde ik" or "[Naam] zei dat" in what is said would be someone (review).
     */
    private static boolean onceHeard(TranscriptLayout layout) {
        return layout != TranscriptLayout.LABEL_DASH && layout != TranscriptLayout.LABEL_BRACKETS;
    }

    /** Whether a colon follows the label (after spaces, closing brackets or emphasis), not a tab or nothing. */
    private static boolean colonAfter(String text, LabelLine line) {
        int i = line.labelEnd();
        while (i < line.lineEnd() && " \u00A0*_])".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < line.lineEnd() && text.charAt(i) == ':';
    }

    /** Name particles that stand in lower case inside a name ("Mevrouw van der Berg"). */
    private static final Set<String> PARTICLES = nl.veldwerk.model.NameParticles.WORDS;

    /** A label of at most three words, each capitalised, a particle or a code ("Ria", "Jan Willem", "R3"). */
    private static boolean looksLikeAName(String label) {
        return nameOfWords(label, 3, false);
    }

    /**
     * Words that name someone: at most {@code most} of them, each capitalised, a particle or a code, or (with
     * {@code titles}) a title's lower-case abbreviation ("mw.", "dhr.").
     */
    private static boolean nameOfWords(String name, int most, boolean titles) {
        String[] words = name.split("\\s+");
        if (words.length > most) {
            return false;
        }
        for (String w : words) {
            boolean title = titles && w.length() <= 5 && w.endsWith(".") && w.chars().limit(w.length() - 1)
                    .allMatch(Character::isLowerCase);
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.charAt(0)) && !title
                    && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Without the header block's fields: turns at the top whose text is a short value on the label's line
     * ("Moderator: Dr. Helen Price", "Interviewer: S. Jansen") before the first turn that is speech. A short
     * greeting ("Interviewer: Goedemorgen mevrouw Bakker") or f4's opening line ("I: Zo, de recorder loopt.
     * #00:00:03-2#", its mark after the full stop) is speech, not a field: its turn was lost.
     */
    private static Evidence withoutHeaderFields(String text, Evidence e) {
        int fields = 0;
        for (LabelLine line : e.openings) {
            if (!headerField(text, line)
                    || text.substring(0, line.lineStart()).chars().filter(c -> c == '\n').count() > HEADER_LINES) {
                break;
            }
            fields++;
        }
        if (fields == 0 || fields >= e.openings.size() - 1) {
            return e;
        }
        return e.from(e.openings.get(fields).lineStart());
    }

    /**
     * Whether a label line is a header's field: a short value on the label's line that names or describes someone
     * ("Interviewer: S. Jansen", "Respondent: R12 (man, 58)"). A closing bracket ends a sentence in speech ("Ja.
     * (lacht)"), not after a name.
     */
    private static boolean headerField(String text, LabelLine line) {
        String value = text.substring(line.contentStart(), line.lineEnd()).strip();
        return line.form() == LabelLine.Form.LABEL_COLON_TEXT && !value.isEmpty()
                && (value.length() <= HEADER_VALUE && !endsASentence(withoutBracketsAtEnd(value))
                && namesSomeone(value) || value.length() <= NAMED_VALUE && nameAndAffiliation(value));
    }

    /**
     * Whether a value is someone's name and where they work, as a header writes them, full stop or not
     * ("Dr. Helen Price, University of Leeds.", "Sanne Jansen, UvA."): a name of two words or more and, after a
     * comma, two capitalised words or more joined by a few small ones, or an abbreviation. Speech puts no capitals
     * after its comma ("Goedemorgen Anna, fijn dat u er bent."), or one name, or names joined by "en" ("Welkom Anna,
     * Bram en Carla.").
     */
    static boolean nameAndAffiliation(String value) {
        String v = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        int comma = v.indexOf(", ");
        if (comma < 0) {
            return false;
        }
        String name = v.substring(0, comma).strip();
        String[] place = v.substring(comma + 2).strip().split("\\s+");
        boolean abbreviation = place.length == 1 && place[0].chars().filter(Character::isUpperCase).count() >= 2;
        if (name.split("\\s+").length < 2 || !nameOfWords(name, 4, true) || place.length > 6
                || place.length < 2 && !abbreviation || !Character.isUpperCase(place[0].codePointAt(0))) {
            return false;
        }
        for (String word : place) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !AFFILIATION_JOINERS.contains(word)
                    && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The small words inside an institution's name ("University of Leeds", "Hogeschool voor de Kunsten"). */
    private static final Set<String> AFFILIATION_JOINERS = Set.of("of", "for", "the", "voor", "het", "für");

    /**
     * Whether a header field's value names or describes someone, as a header does ("Dr. Helen Price", "S. Jansen
     * (UU)", "mw. de Vries", "R12, vrouw, 45 jaar"): a few words, each capitalised, a particle, a code or a
     * title's abbreviation, or a value with a figure in it; and no time mark at its end (a transcript's own line).
     */
    static boolean namesSomeone(String value) {
        String v = withoutBracketsAtEnd(value); // "(UU)", "(vrouw, 45 jaar)"
        List<TimeMark> marks = TimeMarks.find(v);
        if (v.isEmpty() || !marks.isEmpty() && marks.getLast().end() == v.length()) {
            return false;
        }
        if (v.chars().anyMatch(Character::isDigit)) {
            return true; // a code, an age, a date: "R12, vrouw, 45 jaar", "3 maart 2024"
        }
        return nameOfWords(v, 6, true);
    }

    /**
     * The value without what stands in brackets at its end ("R12 (man, 58)" is "R12", "S. Jansen (UU)" is "S.
     * Jansen"), unless that is a transcriber's annotation ("Goedemorgen (lacht)" stays: speech, review).
     */
    private static String withoutBracketsAtEnd(String value) {
        java.util.regex.Matcher m = BRACKETS_AT_END.matcher(value);
        if (!m.find()) {
            return value.strip();
        }
        String inside = m.group(1);
        boolean annotation = LabelLine.annotation(inside) || inside.chars().allMatch(c -> Character.isLowerCase(c)
                || c == ' ');
        return annotation ? value.strip() : value.substring(0, m.start()).strip();
    }

    private static final java.util.regex.Pattern BRACKETS_AT_END = java.util.regex.Pattern.compile(
            "\\s*\\(([^()]*)\\)$");

    /**
     * Whether a label's text ends as speech does: with a sentence's end, before any emoji or symbol after it
     * ("Hoe gaat het met je? 😀" is a question; it was taken for a header field, its turn lost).
     */
    static boolean endsASentence(String value) {
        return endsASentence(value, 0, value.length());
    }

    /** As {@link #endsASentence(String)}, for {@code [from, to)} of a text (not copied: a line at a time, issue 24). */
    static boolean endsASentence(String text, int from, int to) {
        int end = to;
        while (end > from) {
            int c = codePointBefore(text, end, from);
            if (Character.isLetterOrDigit(c) || endsSpeech(c)) {
                break;
            }
            end -= Character.charCount(c); // an emoji, a symbol, a joiner or selector, a space
        }
        return end > from && endsSpeech(codePointBefore(text, end, from));
    }

    /** What a sentence of speech ends in: {@code .?!…} and closing quotes or a bracket. */
    private static boolean endsSpeech(int c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '"' || c == '\'' || c == '”' || c == ')';
    }

    /** The code point before {@code end}, not reaching before {@code from} for the high half of a pair. */
    private static int codePointBefore(String text, int end, int from) {
        char low = text.charAt(end - 1);
        if (Character.isLowSurrogate(low) && end - 2 >= from && Character.isHighSurrogate(text.charAt(end - 2))) {
            return Character.toCodePoint(text.charAt(end - 2), low);
        }
        return low;
    }

    private static final int HEADER_VALUE = 40;
    private static final int HEADER_LINES = 20;

    /** The label lines that open turns of the given speakers. */
    private static Evidence openings(String text, Lines lines, TranscriptLayout layout, Set<String> speakers,
                                     Verdict verdict, HardWrap wrap) {
        List<LabelLine> openings = new ArrayList<>();
        int candidates = 0;
        for (int i : lines.labelLines()) {
            LabelLine line = lines.read(i);
            if (layout.accepts(line)) {
                candidates++;
                if (speakers.contains(line.key())) {
                    openings.add(line);
                }
            }
        }
        return new Evidence(layout, speakers, openings, candidates, verdict, wrap);
    }

    /** Whether the next non-blank line after an alone label is speech, not another label of the layout. */
    private static boolean speechFollows(Lines lines, int i, TranscriptLayout layout) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.blank(j)) {
                LabelLine next = lines.read(j);
                return next == null || !layout.accepts(next);
            }
        }
        return false;
    }

    private static TranscriptAnalysis result(String text, Lines lines, Evidence e, boolean joined) {
        Map<String, String> names = spellings(e.openings);
        List<SpeakerTurn> turns = new ArrayList<>(e.openings.size());
        Map<String, Speaking> speakers = new LinkedHashMap<>();
        List<Integer> headings = headingsAndNotes(lines, e.layout, e.speakers);
        Long endMark = null;
        for (int t = 0; t < e.openings.size(); t++) {
            LabelLine line = e.openings.get(t);
            LabelLine next = t + 1 < e.openings.size() ? e.openings.get(t + 1) : null;
            // A time mark on a line of its own right above the next label (F9 pressed before F12, or a service
            // that writes the time above each speaker) is that turn's: this one ends before it.
            TimeMark above = next == null ? null : markAlone(text, lines, line.contentStart(), next.lineStart());
            int end = above != null ? above.start() : next != null ? next.lineStart()
                    : ToolNotices.before(text, line.contentStart(), text.length());
            end = Math.min(end, firstAfter(headings, line.contentStart()));
            int trimmed = trimEnd(text, line.lineStart(), end);
            String name = names.get(line.key());
            TimeMark ownAbove = t == 0 ? markAlone(text, lines, 0, line.lineStart()) : null;
            Long time = line.mark() != null ? Long.valueOf(line.mark().millis())
                    : ownAbove != null ? Long.valueOf(ownAbove.millis()) : endMark;
            turns.add(new SpeakerTurn(name, line.lineStart(), trimmed, time));
            TimeMark closing = above != null ? above : lines.markEndingAt(trimmed);
            closing = closing == null || marksATurn(text, closing) ? closing : null;
            endMark = closing == null ? null : closing.millis();
            Speaking speaking = speakers.get(name);
            if (speaking == null) {
                speaking = new Speaking(firstWords(text, line, trimmed));
                speakers.put(name, speaking);
            }
            speaking.turns++;
        }
        List<Speaker> found = new ArrayList<>(speakers.size());
        speakers.forEach((name, speaking) -> found.add(new Speaker(name, speaking.turns, speaking.firstWords)));
        return new TranscriptAnalysis(text, e.layout, turns, List.copyOf(found), lines.marks(), joined, e.verdict,
                lines.longest() > nl.veldwerk.model.LongLines.MAX ? -1 : 0, ReadNotes.NONE, LeftOut.NONE);
    }

    /** A speaker's turns counted so far, and the first words of the first. */
    private static final class Speaking {
        final String firstWords;
        int turns;

        Speaking(String firstWords) {
            this.firstWords = firstWords;
        }
    }

    /**
     * The starts of the lines that a heading or a typist's note opens ("Thema: werk", "NB: ..."), in this layout,
     * standing apart: after a blank line, or between a line that opens a turn of {@code speakers} (or a blank one)
     * and the next such line (or a blank one, or the end). Such a line ends the turn above it, whose speaker did
     * not say it; "Conclusie: ..." under other lines of an answer ("Tijd: hadden we niet.") is the answer's.
     */
    private static List<Integer> headingsAndNotes(Lines lines, TranscriptLayout layout, Set<String> speakers) {
        List<Integer> starts = new ArrayList<>();
        for (int i : lines.labelLines()) {
            LabelLine line = lines.read(i);
            // A speaker's line (nearly every line) is known by a lookup before the heading pattern is tried on it.
            if (!speakers.contains(line.key()) && layout.accepts(line) && headingOrNote(line.key())
                    && (heading(lines, line) || i > 0 && lines.blank(i - 1) || i > 0
                    && opensATurn(lines, i - 1, layout, speakers) && opensATurn(lines, i + 1, layout, speakers))) {
                starts.add(line.lineStart());
            }
        }
        return starts;
    }

    /**
     * A guide's numbered question ("Vraag 2: Denkt u ...?"), or a heading's word, numbered or not, with a few words
     * after it that are no sentence ("Thema: isolatie", "Fase 2: start"; "Fase 2: toen ging het mis." in an answer
     * is the answer's, review).
     */
    private static boolean heading(Lines lines, LabelLine line) {
        if (NUMBERED_QUESTION.matcher(line.key()).matches()) {
            return true;
        }
        String value = lines.text().substring(line.contentStart(), line.lineEnd()).strip();
        return (HEADINGS.contains(line.key()) || NUMBERED_HEADING.matcher(line.key()).matches())
                && value.length() <= HEADER_VALUE && !endsASentence(value);
    }

    private static final java.util.regex.Pattern NUMBERED_QUESTION = java.util.regex.Pattern.compile(
            "(?:vraag|question) ?\\d{1,3}[a-z]?");

    /** Whether line {@code i} opens a turn of {@code speakers}, a blank line, or is past the last line. */
    private static boolean opensATurn(Lines lines, int i, TranscriptLayout layout, Set<String> speakers) {
        if (i >= lines.size() || lines.blank(i)) {
            return true;
        }
        LabelLine next = lines.read(i);
        return next != null && layout.accepts(next) && speakers.contains(next.key());
    }

    /** The first of the ascending {@code starts} after {@code position}, or the largest int when none is. */
    private static int firstAfter(List<Integer> starts, int position) {
        if (starts.isEmpty()) {
            return Integer.MAX_VALUE; // most texts: no headings, and no position boxed per turn to find none
        }
        int at = java.util.Collections.binarySearch(starts, position + 1);
        int i = at >= 0 ? at : -at - 1;
        return i < starts.size() ? starts.get(i) : Integer.MAX_VALUE;
    }

    /**
     * For each label, the spelling used most often ("Interviewer" over "INTERVIEWER" when more frequent), a
     * capitalised one over one in lower case when as frequent, else the first.
     */
    private static Map<String, String> spellings(List<LabelLine> openings) {
        // One count per spelling, in the order first written (a map of maps was a lookup more per turn, issue 24).
        Map<String, Spelling> bySpelling = new LinkedHashMap<>();
        for (LabelLine line : openings) {
            Spelling spelling = bySpelling.get(line.label());
            if (spelling == null) {
                spelling = new Spelling(line.label(), line.key());
                bySpelling.put(line.label(), spelling);
            }
            spelling.count++;
        }
        Map<String, Spelling> best = new HashMap<>();
        for (Spelling spelling : bySpelling.values()) {
            best.merge(spelling.key, spelling, (first, other) -> other.preferredTo(first) ? other : first);
        }
        Map<String, String> names = new HashMap<>();
        best.forEach((key, spelling) -> names.put(key, spelling.label));
        return names;
    }

    /** How often a label is written one way. */
    private static final class Spelling {
        final String label;
        final String key;
        int count;

        Spelling(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** More often, or as often and capitalised where {@code other} is not; a tie keeps the one written first. */
        boolean preferredTo(Spelling other) {
            return count != other.count ? count > other.count
                    : !Character.isLowerCase(label.codePointAt(0)) && Character.isLowerCase(other.label.codePointAt(0));
        }
    }

    private static String firstWords(String text, LabelLine line, int end) {
        String speech = text.substring(Math.min(line.contentStart(), end), end);
        // Every time mark has a colon: a turn without one has none to take out (and most first turns have none).
        List<TimeMark> marks = speech.indexOf(':') < 0 ? List.of() : TimeMarks.find(speech);
        for (int m = marks.size() - 1; m >= 0; m--) {
            speech = speech.substring(0, marks.get(m).start()) + speech.substring(marks.get(m).end());
        }
        speech = speech.strip();
        // The end of the eighth word, found by hand: splitting the whole turn at its blanks to keep eight words
        // read every word of it (issue 24).
        int words = 0;
        int i = 0;
        while (i < speech.length()) {
            while (i < speech.length() && !blank(speech.charAt(i))) {
                i++;
            }
            if (++words == FIRST_WORDS) {
                int next = i;
                while (next < speech.length() && blank(speech.charAt(next))) {
                    next++;
                }
                return next < speech.length() ? singleSpaced(speech.substring(0, i)) + " …" : singleSpaced(speech);
            }
            while (i < speech.length() && blank(speech.charAt(i))) {
                i++;
            }
        }
        return singleSpaced(speech); // a short turn as a long one: blanks in a row as one (QA)
    }

    /** The words with one space between each two (most are so already: no pattern is then compiled). */
    private static String singleSpaced(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (blank(words.charAt(i)) && (words.charAt(i) != ' ' || i + 1 < words.length() && blank(words.charAt(i + 1)))) {
                return BLANKS.matcher(words).replaceAll(" ");
            }
        }
        return words;
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /** A blank as a pattern's {@code \s} knows it (not a no-break space: a name "J.\u00A0de Vries" stays whole). */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The time mark alone on the last line that is not blank before {@code before}, after {@code from}; else null.
     * Only a mark that {@link #marksATurn marks a turn}.
     */
    private static TimeMark markAlone(String text, Lines lines, int from, int before) {
        int end = trimEnd(text, from, before);
        TimeMark mark = lines.markEndingAt(end);
        if (mark == null || mark.start() < from || !marksATurn(text, mark)) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', mark.start() - 1) + 1;
        return lineStart >= from && text.substring(lineStart, mark.start()).isBlank() ? mark : null;
    }

    /**
     * Whether a mark alone on a line, or closing a turn, gives the next turn its time: a bracketed or f4 mark
     * ("[00:00:05]", "#00:00:05-0#"), or a bare one with hours and seconds, as Google Meet writes above the turns
     * ("00:05:00"). A bare clock without seconds is as likely a time of day in a header ("14:30") or an answer
     * (review: a header's 14:30 became the first turn's time; an answer's "om 14:30" the next turn's).
     */
    private static boolean marksATurn(String text, TimeMark mark) {
        return TimeMarks.bracketedAt(text, mark.start())
                || HOURS_MINUTES_SECONDS.matcher(text).region(mark.start(), mark.end()).matches();
    }

    private static final java.util.regex.Pattern HOURS_MINUTES_SECONDS = java.util.regex.Pattern.compile(
            "\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?");

    /** The words in {@code [from, to)}, as blanks part them ("co-housing?" and "n.v.t.?" are one: review). */
    private static int words(String text, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean word = !Character.isWhitespace(text.charAt(i));
            if (word && !in) {
                words++;
            }
            in = word;
        }
        return words;
    }

    /** Where {@code [start, end)} ends without its white space at the end. */
    static int trimEnd(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String key(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        return key.contains("  ") || key.indexOf('\t') >= 0 ? key.replaceAll("\\s+", " ") : key;
    }

    /** The label lines of one layout and what they say about the text. */
    private record Evidence(TranscriptLayout layout, Set<String> speakers, List<LabelLine> openings, int candidates,
                            Verdict verdict, HardWrap wrap) {
        static Evidence rejected(TranscriptLayout layout, Verdict verdict, int candidates) {
            return new Evidence(layout, Set.of(), List.of(), candidates, verdict, null);
        }

        /** The same evidence without the openings before {@code lineStart} (the header's fields). */
        Evidence from(int lineStart) {
            return new Evidence(layout, speakers, openings.stream().filter(o -> o.lineStart() >= lineStart).toList(),
                    candidates, verdict, wrap);
        }

        /**
         * The turns that ask something: end in a question mark after two words or more, or after one word where
         * an interviewer or moderator asks it ("Interviewer: Bus?"). A field's "?" for unknown or a word in doubt
         * ("Staat: ?", "Label: wonen?") asks nothing (adversarial QA).
         */
        private int questions(String text) {
            int questions = 0;
            for (int t = 0; t < openings.size(); t++) {
                int end = t + 1 < openings.size() ? openings.get(t + 1).lineStart() : text.length();
                int from = Math.min(openings.get(t).contentStart(), end);
                int said = trimEnd(text, from, end);
                int words = words(text, from, said);
                boolean asked = words >= 2 || words == 1 && LEADING_ROLES.contains(openings.get(t).key())
                        && text.substring(from, said).chars().anyMatch(Character::isLetter);
                if (said > from && text.charAt(said - 1) == '?' && asked) {
                    questions++;
                }
            }
            return questions;
        }

        Set<Integer> openingLines() {
            return openings.stream().map(LabelLine::lineStart).collect(Collectors.toUnmodifiableSet());
        }

        /** Asks the questions of a conversation; this evidence, or a rejection saying which one failed. */
        Evidence verdict(String text, Lines lines) {
            int n = openings.size();
            int changes = 0;
            for (int t = 1; t < n; t++) {
                if (!openings.get(t).key().equals(openings.get(t - 1).key())) {
                    changes++;
                }
            }
            if (changes < Math.max(1, MIN_ALTERNATION * (n - 1))) { // interviews have runs of questions
                return rejected(layout, Verdict.NO_ALTERNATION, candidates);
            }
            int paragraphs = paragraphs(lines, wrap == null ? Set.of() : openingLines());
            boolean covers = text.length() - openings.getFirst().lineStart() >= MIN_SHARE_OF_TEXT * text.length();
            if (n < MIN_SHARE_OF_PARAGRAPHS * paragraphs || !covers) {
                return rejected(layout, Verdict.TOO_RARE, candidates);
            }
            long speech = 0;
            for (int t = 0; t < n; t++) {
                int end = t + 1 < n ? openings.get(t + 1).lineStart() : text.length();
                int from = Math.min(openings.get(t).contentStart(), end);
                speech += trimEnd(text, from, end) - from;
            }
            // A form's fields may take turns ("Naam: Jan / Leeftijd: 45", record after record), but ask nothing; a
            // short interview of "Ja." and "Nee." does (QA: it was refused as a form).
            if (speech < MIN_MEAN_SPEECH * n && questions(text) * 4 < n) {
                return rejected(layout, Verdict.TOO_SHORT, candidates);
            }
            return this;
        }

        /** Non-blank lines, a hard-wrapped paragraph counted once. */
        private int paragraphs(Lines lines, Set<Integer> openingStarts) {
            int count = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.blank(i) && (wrap == null || !wrap.continues(lines, i, openingStarts))) {
                    count++;
                }
            }
            return count;
        }
    }
}
