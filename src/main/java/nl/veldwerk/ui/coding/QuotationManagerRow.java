package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.common.Texts;

/**
 * A line of the quotation manager: a quotation, its document and its codes as they were when the line was made
 * (the manager makes the lines of a document anew when a change touches it). Light on purpose: a project of a
 * million quotations has a million lines, so what is shown (the words, the paragraphs, the speaker) is worked
 * out from the document when it is asked for, and nothing here changes, so lines can be filtered and sorted
 * off the FX thread.
 */
record QuotationManagerRow(Quotation quotation, Document document, List<String> codeIds) {

    /** The lines of one document, in reading order. */
    static QuotationManagerRow[] ofDocument(Project p, Document d) {
        List<Quotation> quotations = new ArrayList<>(p.quotationsOf(d.id()));
        quotations.sort(Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end)
                .thenComparingInt(Quotation::number));
        QuotationManagerRow[] rows = new QuotationManagerRow[quotations.size()];
        for (int i = 0; i < rows.length; i++) {
            Quotation q = quotations.get(i);
            rows[i] = new QuotationManagerRow(q, d, codeIds(p.codingsOf(q.id())));
        }
        return rows;
    }

    private static List<String> codeIds(List<Coding> codings) {
        if (codings.size() == 1) {
            return List.of(codings.getFirst().codeId());
        }
        Set<String> ids = new LinkedHashSet<>();
        codings.forEach(c -> ids.add(c.codeId()));
        return List.copyOf(ids);
    }

    /** "3:12", as ATLAS.ti shows it. */
    String id() {
        return quotation.idIn(document);
    }

    /** The first words, on one line (reads the document's text). */
    String text() {
        return Texts.oneLine(document.text(), quotation.start(), quotation.end());
    }

    /** The whole quotation on one line, from the document's {@code text}. */
    String wholeLine(String text) {
        return Texts.oneLine(text, quotation.start(), quotation.end(), Integer.MAX_VALUE);
    }

    /** Who speaks in it, each once in order ("Respondent, Interviewer" over an answer and the next question), or "". */
    String speaker() {
        return String.join(", ", speakers());
    }

    /** The speakers of the turns it overlaps (the speaker filter finds it under each). */
    List<String> speakers() {
        return document.speakersIn(quotation.start(), quotation.end());
    }

    /** Its codes' names, sorted, "?" for a code no longer there. */
    String codes(Function<String, String> codeName) {
        return codeIds.stream().map(id -> {
            String name = codeName.apply(id);
            return name == null ? "?" : name;
        }).distinct().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    /** The name of whoever made it, or "". */
    String coder(Function<String, String> coderName) {
        String name = quotation.creatorId() == null ? null : coderName.apply(quotation.creatorId());
        return name == null ? "" : name;
    }
}
