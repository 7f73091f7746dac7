package nl.veldwerk.ui.coding;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.common.AttributeValues;
import nl.veldwerk.ui.common.Texts;

/**
 * Which quotations the quotation manager shows, and in which order. A pure function of lines that do not change
 * ({@link QuotationManagerRow}), so it runs off the FX thread: with a million quotations a filter by words reads
 * every text, and a sort by paragraph works out every document's paragraphs.
 *
 * @param document the document's name, or "" for any
 * @param groupIds the documents' groups, one of which a document must be in; null for any
 * @param attribute a document attribute's value the document must have; null for any
 * @param speaker  who speaks in the quotation (one of its turns' speakers), or "" for anyone
 * @param codeIds  the codes one of which the quotation must have; null for any
 * @param typed    words in the whole quotation, one of its codes' names or its comment (case and runs of white
 *                 space ignored), or "" for any
 * @param order    the columns to sort by, first first; none keeps document order, then reading order
 */
record QuotationManagerQuery(String document, Set<String> groupIds, AttributeValues.Value attribute, String speaker,
                             Set<String> codeIds, String typed, List<Order> order) {

    /** What a column shows, as far as sorting goes. */
    enum Column { ID, WORDS, DOCUMENT, PARAGRAPHS, TIME, CODES, COMMENT, SPEAKER, CODER, CREATED }

    record Order(Column column, boolean ascending) {
    }

    /** Codes' and coders' names by id, as they were when the query was asked. */
    record Names(Map<String, String> codes, Map<String, String> coders) {
    }

    /** How many characters of the words a sort compares before it reads the whole line (to keep keys small). */
    private static final int WORDS_KEY = 60;

    QuotationManagerQuery(String document, Set<String> groupIds, String speaker, Set<String> codeIds, String typed,
                          List<Order> order) {
        this(document, groupIds, null, speaker, codeIds, typed, order);
    }

    QuotationManagerQuery {
        typed = FlatText.flat(typed);
        document = document == null ? "" : document;
        speaker = speaker == null ? "" : speaker;
        order = List.copyOf(order);
    }

    /**
     * The lines shown, or null as soon as {@code stop} says the answer is no longer wanted.
     *
     * @param byDocument each document's lines in reading order
     */
    List<QuotationManagerRow> run(Collection<QuotationManagerRow[]> byDocument, Names names, BooleanSupplier stop) {
        List<QuotationManagerRow[]> documents = new ArrayList<>(byDocument.size());
        for (QuotationManagerRow[] rows : byDocument) {
            if (rows.length > 0) {
                documents.add(rows);
            }
        }
        documents.sort(Comparator.comparing((QuotationManagerRow[] rows) -> rows[0].document(),
                Comparator.comparingInt(Document::number).thenComparing(Document::name)));
        List<QuotationManagerRow> kept = new ArrayList<>();
        Set<String> named = typed.isEmpty() ? Set.of() : named(names);
        for (QuotationManagerRow[] rows : documents) {
            if (stop.getAsBoolean()) {
                return null;
            }
            Document d = rows[0].document();
            if (!document.isEmpty() && !d.name().equals(document)
                    || groupIds != null && d.groupIds().stream().noneMatch(groupIds::contains)
                    || attribute != null && !attribute.heldBy(d)) {
                continue;
            }
            FlatText words = null;
            if (!typed.isEmpty()) {
                String text = textOf(d); // read and searched once for all its quotations
                // A text that can no longer be read holds no words (the transcript says why); comments and codes
                // are still searched.
                words = text == null ? null : new FlatText(text, typed);
            }
            for (QuotationManagerRow row : rows) {
                if (keeps(row, words, named)) {
                    kept.add(row);
                }
            }
        }
        return order.isEmpty() ? kept : sorted(kept, names, stop);
    }

    /** The document's text, or null when its part can no longer be read. */
    private static String textOf(Document d) {
        try {
            return d.text();
        } catch (nl.veldwerk.model.ModelException e) {
            return null;
        }
    }

    private boolean keeps(QuotationManagerRow row, FlatText words, Set<String> named) {
        return (speaker.isEmpty() || row.speakers().contains(speaker))
                && (codeIds == null || row.codeIds().stream().anyMatch(codeIds::contains))
                && (typed.isEmpty() || mentions(row, words, named));
    }

    private boolean mentions(QuotationManagerRow row, FlatText words, Set<String> named) {
        String comment = row.quotation().comment();
        return words != null && words.within(row.quotation().start(), row.quotation().end())
                || comment != null && !comment.isEmpty() && FlatText.flat(comment).contains(typed)
                || row.codeIds().stream().anyMatch(named::contains);
    }

    /** The codes whose name holds the words typed. */
    private Set<String> named(Names names) {
        Set<String> named = new java.util.HashSet<>();
        names.codes().forEach((id, name) -> {
            if (FlatText.flat(name).contains(typed)) {
                named.add(id);
            }
        });
        return named;
    }

    /**
     * Sorted by the keys of each column in the order, worked out once per line; ties keep reading order. Text
     * is compared as the table compared it before (the locale's collation: "Émile" before "Zoë"), through
     * collation keys, since a million comparisons of a collator would take long.
     */
    private List<QuotationManagerRow> sorted(List<QuotationManagerRow> kept, Names names, BooleanSupplier stop) {
        int n = kept.size();
        Collator collator = Collator.getInstance(); // one per question: a collator is not shared between threads
        Comparator<Integer> by = null;
        for (Order o : order) {
            Object[] keys = keys(o.column(), kept, names, collator);
            if (stop.getAsBoolean()) {
                return null;
            }
            Comparator<Integer> one = (a, b) -> compare(keys[a], keys[b], kept.get(a), kept.get(b), collator);
            one = o.ascending() ? one : one.reversed();
            if (o.column() == Column.TIME) {
                // Lines of texts without time marks last either way: sorted by time, the timed ones are looked for.
                Comparator<Integer> timed = Comparator.comparing(i -> NO_TIME.equals(keys[i]));
                one = timed.thenComparing(one);
            }
            by = by == null ? one : by.thenComparing(one);
        }
        Integer[] indexes = new Integer[n];
        Arrays.setAll(indexes, i -> i);
        Arrays.sort(indexes, by); // stable: equal keys stay in reading order
        List<QuotationManagerRow> rows = new ArrayList<>(n);
        for (Integer i : indexes) {
            rows.add(kept.get(i));
        }
        return rows;
    }

    /** The key of a line whose text has no time marks. */
    private static final Long NO_TIME = -1L;

    /** The first words' key, and whether the words went on beyond them. */
    private record WordsKey(CollationKey key, boolean cut) {
    }

    private static Object[] keys(Column column, List<QuotationManagerRow> kept, Names names, Collator collator) {
        Object[] keys = new Object[kept.size()];
        Document paragraphsOf = null;
        Paragraphs paragraphs = null;
        Document marksOf = null;
        String marksText = null;
        List<TimeMark> marks = List.of();
        for (int i = 0; i < keys.length; i++) {
            QuotationManagerRow row = kept.get(i);
            keys[i] = switch (column) {
                case ID -> ((long) row.document().number() << 32) | (row.quotation().number() & 0xffffffffL);
                case WORDS -> {
                    String text = textOf(row.document());
                    String words = text == null ? "" : Texts.oneLine(text, row.quotation().start(),
                            row.quotation().end(), WORDS_KEY);
                    // oneLine may end a character past its limit (a space and the next character at once).
                    yield new WordsKey(collator.getCollationKey(words), words.length() >= WORDS_KEY);
                }
                case DOCUMENT -> collator.getCollationKey(row.document().name());
                case PARAGRAPHS -> {
                    if (row.document() != paragraphsOf) { // the lines come document by document
                        paragraphsOf = row.document();
                        String text = textOf(paragraphsOf);
                        paragraphs = text == null ? null : Paragraphs.of(text);
                    }
                    yield paragraphs == null ? 0 : paragraphs.numberAt(row.quotation().start());
                }
                case TIME -> {
                    if (row.document() != marksOf) { // the lines come document by document
                        marksOf = row.document();
                        marksText = textOf(marksOf);
                        marks = marksText == null ? List.of() : TimeMarks.find(marksText);
                    }
                    TimeMark before = marks.isEmpty() ? null : TimeMarks.startOf(marksText, marks,
                            row.quotation().start(), row.quotation().end());
                    // Before the first mark: the recording's start; in a text without marks: no time at all.
                    yield marks.isEmpty() ? NO_TIME : before == null ? 0L : before.millis();
                }
                case CODES -> collator.getCollationKey(row.codes(names.codes()::get));
                case COMMENT -> collator.getCollationKey(row.quotation().comment() == null ? ""
                        : row.quotation().comment());
                case SPEAKER -> collator.getCollationKey(row.speaker());
                case CODER -> collator.getCollationKey(row.coder(names.coders()::get));
                case CREATED -> row.quotation().created() == null ? java.time.Instant.MIN : row.quotation().created();
            };
        }
        return keys;
    }

    private static String wholeWords(QuotationManagerRow row) {
        String text = textOf(row.document());
        return text == null ? "" : row.wholeLine(text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b, QuotationManagerRow rowA, QuotationManagerRow rowB,
                               Collator collator) {
        if (a instanceof WordsKey s && b instanceof WordsKey t) {
            int c = s.key().compareTo(t.key());
            // Both cut where they are still alike: the rest of the words decides.
            return c == 0 && s.cut() && t.cut() ? collator.compare(wholeWords(rowA), wholeWords(rowB)) : c;
        }
        return ((Comparable) a).compareTo(b);
    }
}
