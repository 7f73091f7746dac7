package nl.veldwerk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.store.StoreFormat.DocumentPart;
import nl.veldwerk.store.StoreFormat.ProjectPart;

/**
 * Makes the values a document part repeats share one instance: each quotation names its document, each coding
 * its quotation, code and coder, each speaker turn its speaker, and the JSON parser makes a new string for
 * every one (equal times within a part share one instant too). In a project of a million quotations those copies were four strings in five on the heap (about
 * half a gigabyte); shared, they cost nothing. Runs on the parsing threads; the project-wide ids (codes,
 * coders) are read-only once built, so the threads share them without locking.
 */
final class SharedStrings {
    private final Map<String, String> projectIds = new HashMap<>();

    SharedStrings(ProjectPart project) {
        if (project.codes() != null) {
            project.codes().forEach(c -> {
                if (c != null) {
                    projectIds.put(c.id(), c.id());
                }
            });
        }
        if (project.coders() != null) {
            project.coders().forEach(c -> {
                if (c != null) {
                    projectIds.put(c.id(), c.id());
                }
            });
        }
    }

    /** The part with its repeated values shared (equal to it in every field). */
    DocumentPart share(DocumentPart part) {
        Document document = part.document();
        Map<Object, Object> local = new HashMap<>();
        List<Quotation> quotations = new ArrayList<>(part.quotations() == null ? 0 : part.quotations().size());
        if (part.quotations() != null) {
            for (Quotation q : part.quotations()) {
                if (q == null || !document.id().equals(q.documentId())) {
                    quotations.add(q); // refused later, with the message for what is wrong with it
                    continue;
                }
                local.put(q.id(), q.id());
                quotations.add(new Quotation(q.id(), document.id(), q.start(), q.end(), q.comment(),
                        project(q.creatorId()), local(local, q.created()), q.number()));
            }
        }
        List<Coding> codings = new ArrayList<>(part.codings() == null ? 0 : part.codings().size());
        if (part.codings() != null) {
            for (Coding c : part.codings()) {
                codings.add(c == null ? null : new Coding(c.id(), local(local, c.quotationId()), project(c.codeId()),
                        project(c.coderId()), local(local, c.created())));
            }
        }
        return new DocumentPart(withSharedSpeakers(document, local), part.quotations() == null ? null : quotations,
                part.codings() == null ? null : codings);
    }

    private static Document withSharedSpeakers(Document document, Map<Object, Object> local) {
        if (document.turns() == null || document.turns().isEmpty()) {
            return document;
        }
        List<SpeakerTurn> turns = new ArrayList<>(document.turns().size());
        for (SpeakerTurn t : document.turns()) {
            turns.add(t == null ? null : new SpeakerTurn(local(local, t.speaker()), t.start(), t.end(),
                    t.timestampMillis()));
        }
        return document.withText(document.text(), turns);
    }

    private String project(String id) {
        return id == null ? null : projectIds.getOrDefault(id, id);
    }

    @SuppressWarnings("unchecked")
    private static <T> T local(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}
