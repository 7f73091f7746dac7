package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * How often each code occurs per document, per document group or per attribute value: counts of
 * quotations or of the words in them, raw or as a share of the column or row total. A quotation counts
 * once per code however many coders applied that code. The totals count each quotation once: a quotation with
 * two of the table's codes, or with a sub-code under a category counted with its sub-codes, is one quotation in
 * its column's total, and one in a code's total however many columns (groups) it is in.
 */
public final class CodeDocumentTable {
    public enum Columns { DOCUMENTS, GROUPS, ATTRIBUTE, SPEAKERS }

    public enum Measure { QUOTATIONS, WORDS }

    public enum Normalisation { RAW, PERCENT_OF_COLUMN, PERCENT_OF_ROW }

    /**
     * A column: its label, the documents it takes in and, for a speaker's column, whose quotations (the
     * speaker of the turn a quotation starts in; "" for quotations outside any turn); null takes all.
     */
    public record Column(String label, Set<String> documentIds, String speaker) {
        public Column(String label, Set<String> documentIds) {
            this(label, documentIds, null);
        }

        boolean takes(Project p, Quotation q) {
            if (!documentIds.contains(q.documentId())) {
                return false;
            }
            if (speaker == null) {
                return true;
            }
            String who = p.document(q.documentId()).map(d -> d.speakerAt(q.start())).orElse(null);
            return speaker.equals(who == null ? "" : who);
        }
    }

    /** The label of the speaker column for quotations outside any speaker turn. */
    public static final String NO_SPEAKER = "(no speaker)";

    /** The label of the attribute column for documents without a value. */
    public static final String NO_VALUE = "(no value)";

    private final Project project;
    private final List<Code> codes;
    private final List<Column> columns;
    /** Counts per code and column: ints, as 2,000 codes by 10,000 documents are 80 MB each as longs. */
    private final int[][] quotations;
    /** Counted when first asked for ({@link #countWords}): null until then. */
    private volatile long[][] words;
    /** The distinct quotations behind each row's, each column's and the whole table's total. */
    private final List<Collection<Quotation>> inRow = new ArrayList<>();
    private final List<Set<Quotation>> inColumn = new ArrayList<>();
    private final Set<Quotation> inTable = byIdentity();
    private volatile Map<Quotation, Integer> wordsOf;
    /** The columns each document falls in. */
    private final Map<String, List<Integer>> columnsOfDocument = new HashMap<>();
    /** The categories whose rows take in their sub-codes' quotations. */
    private final Set<String> summed;

    private CodeDocumentTable(Project project, List<Code> codes, List<Column> columns, boolean withSubcodes) {
        this.project = project;
        this.summed = new HashSet<>();
        if (withSubcodes) {
            codes.stream().filter(c -> !project.childrenOf(c.id()).isEmpty()).forEach(c -> summed.add(c.id()));
        }
        this.codes = List.copyOf(codes);
        this.columns = List.copyOf(columns);
        this.quotations = new int[codes.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (String documentId : columns.get(c).documentIds()) {
                columnsOfDocument.computeIfAbsent(documentId, k -> new ArrayList<>()).add(c);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            inColumn.add(byIdentity());
        }
        for (int r = 0; r < codes.size(); r++) {
            List<Quotation> row = new ArrayList<>(); // distinct: a code's quotations, each once
            inRow.add(row);
            for (Quotation q : quotationsWith(codes.get(r).id())) {
                List<Integer> cols = columnsOf(q);
                if (cols.isEmpty()) {
                    continue;
                }
                for (int c : cols) {
                    quotations[r][c]++;
                    inColumn.get(c).add(q);
                }
                row.add(q);
                inTable.add(q);
            }
        }
    }

    /** The columns a quotation falls in: its document's, and of a speaker's column only in that speaker's turns. */
    private List<Integer> columnsOf(Quotation q) {
        return columnsOfDocument.getOrDefault(q.documentId(), List.of()).stream()
                .filter(c -> columns.get(c).speaker() == null || columns.get(c).takes(project, q)).toList();
    }

    /**
     * A set of quotations by identity: the table reads one snapshot, where a quotation is one object, and a
     * record's hash is worked out from all its fields at every lookup (most of the time of a table at
     * 10,000 documents went into these sets).
     */
    private static Set<Quotation> byIdentity() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** Whether the words are counted, so that asking for them does not read every text (and never waits). */
    public boolean hasWords() {
        return words != null;
    }

    /**
     * Counts the words of every quotation in the table, once (asked for the first time a figure of words is):
     * each document's text is read once for all its quotations. In a large project the texts are read from
     * disk, and reading one per quotation, in the codes' order, took minutes at 10,000 documents; a table of
     * quotations reads none.
     */
    public synchronized void countWords() {
        if (words != null) {
            return;
        }
        Map<String, List<Quotation>> byDocument = new HashMap<>();
        inTable.forEach(q -> byDocument.computeIfAbsent(q.documentId(), d -> new ArrayList<>()).add(q));
        Map<Quotation, Integer> counted = new java.util.IdentityHashMap<>();
        byDocument.forEach((documentId, inDocument) -> {
            String text = project.document(documentId).orElseThrow().text();
            inDocument.forEach(q -> counted.put(q, Words.count(text.substring(q.start(), q.end()))));
        });
        long[][] sums = new long[codes.size()][columns.size()];
        for (int r = 0; r < codes.size(); r++) {
            for (Quotation q : inRow.get(r)) {
                int w = counted.get(q);
                for (int c : columnsOf(q)) {
                    sums[r][c] += w;
                }
            }
        }
        wordsOf = counted;
        words = sums;
    }

    /** The table with each category's row taking in its sub-codes (as the code tree counts them). */
    public static CodeDocumentTable compute(Project project, List<Code> codes, Columns columns, String attribute) {
        return compute(project, codes, columns, attribute, true);
    }

    /**
     * The table; with {@code withSubcodes}, a category's row counts the quotations of its sub-codes too
     * (each once), and its label says so with "Σ".
     */
    public static CodeDocumentTable compute(Project project, List<Code> codes, Columns columns, String attribute,
                                            boolean withSubcodes) {
        return new CodeDocumentTable(project, codes, columnsOf(project, columns, attribute), withSubcodes);
    }

    /** The distinct quotations that carry the code (or, for a summed category, it or a sub-code), in project order. */
    private List<Quotation> quotationsWith(String codeId) {
        List<Quotation> result = new ArrayList<>(); // distinct ids, so distinct quotations
        for (String id : CodeCounts.quotationIds(project, codeId, summed.contains(codeId))) {
            project.quotation(id).ifPresent(result::add);
        }
        return result;
    }

    private int depth(Code c) {
        return CodeCounts.selfAndAncestors(project, c.id()).size() - 1;
    }

    static List<Column> columnsOf(Project p, Columns kind, String attribute) {
        List<Column> columns = new ArrayList<>();
        switch (kind) {
            case DOCUMENTS -> p.documentsByNumber().forEach(d -> columns.add(new Column(d.name(), Set.of(d.id()))));
            case GROUPS -> {
                for (DocumentGroup g : p.groups()) {
                    Set<String> ids = new LinkedHashSet<>();
                    p.documents().stream().filter(d -> d.groupIds().contains(g.id())).forEach(d -> ids.add(d.id()));
                    columns.add(new Column(g.name(), ids));
                }
            }
            case SPEAKERS -> {
                // A speaker's column: the quotations that start in its turns.
                Set<String> all = new LinkedHashSet<>();
                p.documents().forEach(d -> all.add(d.id()));
                for (Speakers.Row speaker : Speakers.of(p)) {
                    columns.add(new Column(speaker.name(), all, speaker.name()));
                }
                columns.add(new Column(NO_SPEAKER, all, ""));
            }
            case ATTRIBUTE -> {
                boolean numbers = p.attributes().stream().anyMatch(a -> a.name().equals(attribute)
                        && a.type() == nl.veldwerk.model.AttributeType.NUMBER);
                Map<String, Set<String>> byValue = numbers
                        ? new TreeMap<>(nl.veldwerk.model.AttributeType::compareNumbers) : new TreeMap<>();
                Set<String> none = new LinkedHashSet<>();
                for (Document d : p.documents()) {
                    String value = d.attributes().get(attribute);
                    if (value == null || value.isEmpty()) {
                        none.add(d.id());
                    } else {
                        byValue.computeIfAbsent(value, k -> new LinkedHashSet<>()).add(d.id());
                    }
                }
                byValue.forEach((value, ids) -> columns.add(new Column(value, ids)));
                if (!none.isEmpty()) {
                    columns.add(new Column(NO_VALUE, none));
                }
            }
        }
        return columns;
    }

    public List<Code> codes() {
        return codes;
    }

    public List<Column> columns() {
        return columns;
    }

    public long raw(int row, int column, Measure measure) {
        if (measure == Measure.QUOTATIONS) {
            return quotations[row][column];
        }
        countWords();
        return words[row][column];
    }

    /** A code's quotations in any column, each once (a quotation in two groups is one), or their words. */
    public long rowTotal(int row, Measure measure) {
        return total(inRow.get(row), measure);
    }

    /** The quotations in a column that hold any of the table's codes, each once, or their words. */
    public long columnTotal(int column, Measure measure) {
        return total(inColumn.get(column), measure);
    }

    private long total(Collection<Quotation> distinct, Measure measure) {
        if (measure == Measure.QUOTATIONS) {
            return distinct.size();
        }
        countWords();
        long sum = 0;
        for (Quotation q : distinct) {
            sum += wordsOf.get(q);
        }
        return sum;
    }

    /**
     * Whether, as shares, some column's cells (of column totals) or row's cells (of row totals) add up to more
     * than 100 %: a quotation counts in every row whose code it has (a category's row counts its sub-codes' too),
     * and in every column it falls in (a document in two groups, a quotation over two speakers' turns), while a
     * total counts it once. A researcher adding up a column is told why, not left to doubt the figures.
     */
    public boolean sharesAddUpToMore(Measure measure, Normalisation normalisation) {
        return switch (normalisation) {
            // Counts: a row whose cells add up to more than its total (a document in two groups) read as wrong.
            case RAW, PERCENT_OF_ROW -> java.util.stream.IntStream.range(0, codes.size()).anyMatch(row ->
                    java.util.stream.IntStream.range(0, columns.size()).mapToLong(column -> raw(row, column, measure))
                            .sum() > rowTotal(row, measure));
            case PERCENT_OF_COLUMN -> java.util.stream.IntStream.range(0, columns.size()).anyMatch(column ->
                    java.util.stream.IntStream.range(0, codes.size()).mapToLong(row -> raw(row, column, measure))
                            .sum() > columnTotal(column, measure));
        };
    }

    public double value(int row, int column, Measure measure, Normalisation normalisation) {
        long raw = raw(row, column, measure);
        long base = switch (normalisation) {
            case RAW -> 1;
            case PERCENT_OF_COLUMN -> columnTotal(column, measure);
            case PERCENT_OF_ROW -> rowTotal(row, measure);
        };
        if (normalisation == Normalisation.RAW) {
            return raw;
        }
        // A share of nothing is no figure ("—"), not 0 %: the interviewer's column, who speaks no coded text.
        return base == 0 ? Double.NaN : 100.0 * raw / base;
    }

    /**
     * The quotations behind a total, each once, in document order: {@code row} = the number of codes is the
     * totals row, {@code column} = the number of columns the totals column (both: the whole table's).
     */
    public List<Quotation> quotationsOfTotal(int row, int column) {
        boolean totalRow = row >= codes.size();
        boolean totalColumn = column >= columns.size();
        Collection<Quotation> behind = totalRow && totalColumn ? inTable : totalRow ? inColumn.get(column) : inRow.get(row);
        return behind.stream().sorted(project.documentOrder()).toList();
    }

    /** The quotations behind one cell, in document order (as a total's are). */
    public List<Quotation> quotations(int row, int column) {
        Column col = columns.get(column);
        return quotationsWith(codes.get(row).id()).stream().filter(q -> col.takes(project, q))
                .sorted(project.documentOrder()).toList();
    }

    /** The quotations that hold any of the table's codes in any column, each once, or their words. */
    public long grandTotal(Measure measure) {
        return total(inTable, measure);
    }

    /** A row's total in the chosen normalisation (a share of the grand total where cells are shares). */
    public double rowTotalValue(int row, Measure measure, Normalisation normalisation) {
        return switch (normalisation) {
            case RAW -> rowTotal(row, measure);
            case PERCENT_OF_ROW -> rowTotal(row, measure) == 0 ? Double.NaN : 100;
            case PERCENT_OF_COLUMN -> share(rowTotal(row, measure), grandTotal(measure));
        };
    }

    public double columnTotalValue(int column, Measure measure, Normalisation normalisation) {
        return switch (normalisation) {
            case RAW -> columnTotal(column, measure);
            case PERCENT_OF_COLUMN -> columnTotal(column, measure) == 0 ? Double.NaN : 100;
            case PERCENT_OF_ROW -> share(columnTotal(column, measure), grandTotal(measure));
        };
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    /** The table with a totals row and column, for export, labelled in English. */
    public Grid toGrid(String title, Measure measure, Normalisation normalisation) {
        return toGrid(title, "Code", "Total", measure, normalisation);
    }

    /** The table with a totals row and column, for export; the corner and totals labelled in the reader's language. */
    public Grid toGrid(String title, String codeLabel, String totalLabel, Measure measure, Normalisation normalisation) {
        return toGrid(title, codeLabel, totalLabel, measure, normalisation, Column::label);
    }

    /** As above, each column labelled by {@code columnLabel} (in the reader's language: "(geen waarde)", "34,5"). */
    public Grid toGrid(String title, String codeLabel, String totalLabel, Measure measure, Normalisation normalisation,
                       java.util.function.Function<Column, String> columnLabel) {
        int rows = codes.size();
        int cols = columns.size();
        double[][] values = new double[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r][c] = value(r, c, measure, normalisation);
            }
            values[r][cols] = rowTotalValue(r, measure, normalisation);
        }
        for (int c = 0; c < cols; c++) {
            values[rows][c] = columnTotalValue(c, measure, normalisation);
        }
        long grand = grandTotal(measure);
        values[rows][cols] = normalisation == Normalisation.RAW ? grand : grand == 0 ? Double.NaN : 100;
        // Indented by depth, so the codes under a category read as its own.
        List<String> rowLabels = new ArrayList<>(codes.stream().map(c -> "   ".repeat(depth(c))
                + (summed.contains(c.id()) ? "Σ " + c.name() : c.name())).toList());
        rowLabels.add(totalLabel);
        List<String> columnLabels = new ArrayList<>(columns.stream().map(columnLabel).toList());
        columnLabels.add(totalLabel);
        return new Grid(title, codeLabel, rowLabels, columnLabels, values, normalisation == Normalisation.RAW ? 0 : 1);
    }
}
