package nl.veldwerk.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Two aanbieders and a wijkcoach, three codes, two coders: small enough that every figure in the tests
 * can be worked out by hand.
 */
final class AnalysisFixture {
    static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    //                          0         1         2         3         4         5         6
    //                          0123456789012345678901234567890123456789012345678901234567890
    static final String A01 = "A01: [00:00:05] Buren helpen. Schaamte speelt. Buren weten veel.\n";
    static final String A02 = "A02: Geld is een drempel. Schaamte ook.\n";
    static final String W01 = "W01: Buren en schaamte, dat hoor ik vaak.\n";

    private AnalysisFixture() {
    }

    static Project project() {
        Project p = new Project(ProjectInfo.named("Analyse", T));
        p.put(new Coder("ann", "Ann"));
        p.put(new Coder("bob", "Bob"));
        p.put(new DocumentGroup("aanbieders", "Aanbieders", ""));
        p.put(new DocumentGroup("wijkcoaches", "Wijkcoaches", ""));
        p.put(new AttributeDefinition("role", "role", AttributeType.TEXT));
        p.put(doc("a01", "A01", A01, "aanbieders", "aanbieder"));
        p.put(doc("a02", "A02", A02, "aanbieders", "aanbieder"));
        p.put(doc("w01", "W01", W01, "wijkcoaches", null));
        p.put(Code.of("netwerk", "Sociaal netwerk", "#1f77b4", null));
        p.put(Code.of("schaamte", "Schaamte", "#d62728", null));
        p.put(Code.of("geld", "Betaalbaarheid", "#2ca02c", null));
        // A01: "Buren helpen." [16,29) netwerk by ann; "Schaamte speelt." [30,46) schaamte by ann and bob;
        // "Buren weten veel." [47,64) netwerk by bob; a larger [16,46) netwerk by bob (encloses the first).
        quote(p, "a01q1", "a01", 16, 29, "netwerk", "ann");
        quote(p, "a01q2", "a01", 30, 46, "schaamte", "ann");
        code(p, "a01q2", "schaamte", "bob");
        quote(p, "a01q3", "a01", 47, 64, "netwerk", "bob");
        quote(p, "a01q4", "a01", 16, 46, "netwerk", "bob");
        // A02: "Geld is een drempel." [5,25) geld by ann; "Schaamte ook." [26,39) schaamte by ann.
        quote(p, "a02q1", "a02", 5, 25, "geld", "ann");
        quote(p, "a02q2", "a02", 26, 39, "schaamte", "ann");
        // W01: "Buren en schaamte" [5,22) netwerk and schaamte by ann (one quotation, two codes).
        quote(p, "w01q1", "w01", 5, 22, "netwerk", "ann");
        code(p, "w01q1", "schaamte", "ann");
        return p;
    }

    private static Document doc(String id, String name, String text, String group, String role) {
        return new Document(id, name, "", text, SourceFormat.TXT, List.of(new SpeakerTurn(name, 0, text.length() - 1,
                null)), Set.of(group), role == null ? Map.of() : Map.of("role", role), T);
    }

    static void quote(Project p, String id, String doc, int start, int end, String code, String coder) {
        p.put(new Quotation(id, doc, start, end, "", coder, T));
        code(p, id, code, coder);
    }

    private static void code(Project p, String quotation, String code, String coder) {
        p.put(new Coding(quotation + "-" + code + "-" + coder, quotation, code, coder, T));
    }

    static Code code(Project p, String id) {
        return p.code(id).orElseThrow();
    }
}
