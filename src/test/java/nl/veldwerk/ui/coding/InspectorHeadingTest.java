package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who the inspector's heading says speaks in a quotation, beside the document's name. */
class InspectorHeadingTest {
    @Test
    void aSpeakerNamedAsTheDocumentIsSaidOnceButNotLeftOutBesideAnother() {
        assertEquals(List.of(), InspectorPane.speakersSaid(List.of("A01"), "A01"), "\"1:2 · A01\", not \"· A01 · A01\"");
        assertEquals(List.of("A01", "Interviewer"), InspectorPane.speakersSaid(List.of("A01", "Interviewer"), "A01"),
                "QA: \"1:5 · A01 · Interviewer\" read as the interviewer's words alone");
        assertEquals(List.of("Interviewer"), InspectorPane.speakersSaid(List.of("Interviewer"), "A01"));
    }
}
