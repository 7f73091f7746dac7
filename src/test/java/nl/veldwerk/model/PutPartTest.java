package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Opening a project puts each document part's quotations and codings at once ({@link Project#putPart}), with a
 * coding of a quotation new in the part checked against the part's own codings: whatever a part holds (ids
 * repeated, references to earlier parts or to nothing, duplicates), the outcome must be what putting each
 * entity in turn gives, refusal included.
 */
class PutPartTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aPartPutAtOnceEndsAsEachEntityPutInTurnWouldWhateverItHolds() {
        Random random = new Random(24);
        int refused = 0;
        for (int round = 0; round < 2000; round++) {
            List<Quotation> quotations = new ArrayList<>();
            List<Coding> codings = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int start = random.nextInt(30);
                quotations.add(new Quotation("q" + random.nextInt(5), random.nextInt(8) == 0 ? "d0" : "d1", start,
                        start + random.nextInt(random.nextInt(12) == 0 ? 40 : 10), "", random.nextBoolean() ? "me"
                        : null, T));
            }
            for (int i = random.nextInt(8); i > 0; i--) {
                codings.add(new Coding("k" + random.nextInt(6), random.nextInt(6) == 0 ? "q0-earlier" : "q"
                        + random.nextInt(5), random.nextInt(15) == 0 ? "missing" : "c" + random.nextInt(3),
                        random.nextInt(10) == 0 ? "ghost" : random.nextBoolean() ? "me" : null, T));
            }
            Project atOnce = base();
            Project inTurn = base();
            String atOnceRefused = outcome(() -> atOnce.putPart(quotations, codings));
            String inTurnRefused = outcome(() -> {
                quotations.forEach(inTurn::put);
                codings.forEach(inTurn::put);
            });
            assertEquals(inTurnRefused, atOnceRefused, "round " + round + ": " + quotations + " " + codings);
            // Refused or not, what was put (all of it, or what came before the refused one) is indexed alike.
            assertEquals(List.copyOf(inTurn.quotations()), List.copyOf(atOnce.quotations()), "round " + round);
            assertEquals(List.copyOf(inTurn.codings()), List.copyOf(atOnce.codings()), "round " + round);
            for (Quotation q : inTurn.quotations()) {
                assertEquals(inTurn.codingsOf(q.id()), atOnce.codingsOf(q.id()), "round " + round);
            }
            for (String code : List.of("c0", "c1", "c2")) {
                assertEquals(inTurn.codingsWithCode(code), atOnce.codingsWithCode(code), "round " + round);
            }
            assertEquals(inTurn.quotationsOf("d1"), atOnce.quotationsOf("d1"), "round " + round);
            assertEquals(coderInUseWhileTakenApart(inTurn), coderInUseWhileTakenApart(atOnce), "round " + round);
            if (inTurnRefused != null) {
                refused++;
            }
        }
        // Both kinds of part were tried: some refused, most not.
        assertEquals(true, refused > 100 && refused < 1900, "refused " + refused);
    }

    /**
     * Opening appends codings ({@link Project#startAppendingCodings}): when the parts put that way are not refused and
     * appending ends well, the project is what putting each entity in turn makes; when every coding id is new and
     * putting in turn refuses nothing, appending must end well; otherwise the reader reads again (not checked here).
     */
    @Test
    void partsPutWhileAppendingCodingsEndAsEachEntityPutInTurnOrAskToBeReadAgain() {
        Random random = new Random(25);
        int alike = 0;
        int readAgain = 0;
        for (int round = 0; round < 2000; round++) {
            List<List<Quotation>> partQuotations = new ArrayList<>();
            List<List<Coding>> partCodings = new ArrayList<>();
            int ids = random.nextBoolean() ? 8 : 100_000;
            for (int part = 1 + random.nextInt(3); part > 0; part--) {
                List<Quotation> quotations = new ArrayList<>();
                List<Coding> codings = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    int start = random.nextInt(30);
                    quotations.add(new Quotation("q" + random.nextInt(5), "d1", start, start + random.nextInt(10), "",
                            random.nextBoolean() ? "me" : null, T));
                }
                for (int i = random.nextInt(8); i > 0; i--) {
                    int n = random.nextInt(ids);
                    codings.add(new Coding(n % 2 == 0 ? "k" + n : new java.util.UUID(7, n).toString(),
                            random.nextInt(6) == 0 ? "q0-earlier" : "q" + random.nextInt(5),
                            random.nextInt(40) == 0 ? "missing" : "c" + random.nextInt(3),
                            random.nextInt(40) == 0 ? "ghost" : random.nextBoolean() ? "me" : null, T));
                }
                partQuotations.add(quotations);
                partCodings.add(codings);
            }
            Project appended = base();
            Project inTurn = base();
            appended.startAppendingCodings();
            String appendedRefused = outcome(() -> {
                for (int i = 0; i < partQuotations.size(); i++) {
                    CodingRows rows = new CodingRows(); // as the reader gives a part's codings
                    partCodings.get(i).forEach(rows::add);
                    appended.putPart(partQuotations.get(i), i % 2 == 0 ? rows : partCodings.get(i));
                }
            });
            String inTurnRefused = outcome(() -> {
                for (int i = 0; i < partQuotations.size(); i++) {
                    partQuotations.get(i).forEach(inTurn::put);
                    partCodings.get(i).forEach(inTurn::put);
                }
            });
            boolean endedWell = appendedRefused == null && appended.stopAppendingCodings();
            List<String> codingIds = partCodings.stream().flatMap(List::stream).map(Coding::id).toList();
            boolean allNew = codingIds.stream().distinct().count() == codingIds.size();
            if (allNew && inTurnRefused == null) {
                assertEquals(true, endedWell, "round " + round + ": every coding id new, nothing refused");
            }
            if (!endedWell) {
                readAgain++;
                continue;
            }
            alike++;
            assertEquals(null, inTurnRefused, "round " + round);
            assertEquals(List.copyOf(inTurn.codings()), List.copyOf(appended.codings()), "round " + round);
            for (Quotation q : inTurn.quotations()) {
                assertEquals(inTurn.codingsOf(q.id()), appended.codingsOf(q.id()), "round " + round);
            }
            for (Coding c : inTurn.codings()) {
                assertEquals(c, appended.coding(c.id()).orElseThrow(), "round " + round);
            }
            for (String code : List.of("c0", "c1", "c2")) {
                assertEquals(inTurn.codingsWithCode(code), appended.codingsWithCode(code), "round " + round);
            }
            assertEquals(coderInUseWhileTakenApart(inTurn), coderInUseWhileTakenApart(appended), "round " + round);
        }
        assertEquals(true, alike > 150 && readAgain > 150, "alike " + alike + ", read again " + readAgain);
    }

    @Test
    void aCodingPutAgainOnAnotherQuotationLeavesItsFirstQuotationFreeForTheSameCode() {
        List<Quotation> quotations = List.of(new Quotation("q1", "d1", 0, 5, "", null, T),
                new Quotation("q2", "d1", 5, 9, "", null, T));
        List<Coding> codings = List.of(new Coding("k1", "q1", "c1", "me", T), new Coding("k1", "q2", "c1", "me", T),
                new Coding("k2", "q1", "c1", "me", T));
        Project atOnce = base();

        atOnce.putPart(quotations, codings);

        assertEquals(List.of("k2"), atOnce.codingsOf("q1").stream().map(Coding::id).toList());
        assertEquals(List.of("k1"), atOnce.codingsOf("q2").stream().map(Coding::id).toList());
    }

    /**
     * Whether the coder is still counted as in use after each coding, then each quotation, is removed in turn:
     * the count of a coder's uses is kept apart from the entities, and is only seen when removing the coder.
     */
    private static List<Boolean> coderInUseWhileTakenApart(Project p) {
        List<Boolean> inUse = new ArrayList<>();
        inUse.add(coderInUse(p));
        for (Coding c : List.copyOf(p.codings())) {
            p.remove(EntityKind.CODING, c.id());
            inUse.add(coderInUse(p));
        }
        for (Quotation q : List.copyOf(p.quotations())) {
            p.remove(EntityKind.QUOTATION, q.id());
            inUse.add(coderInUse(p));
        }
        return inUse;
    }

    private static boolean coderInUse(Project p) {
        try {
            Coder me = p.coder("me").orElseThrow();
            p.remove(EntityKind.CODER, "me");
            p.put(me);
            return false;
        } catch (ModelException refused) {
            return true;
        }
    }

    private static String outcome(Runnable put) {
        try {
            put.run();
            return null;
        } catch (ModelException e) {
            return e.getMessage();
        }
    }

    /** A project with a coder, three codes, an earlier document with a coded quotation, and the part's document. */
    private static Project base() {
        Project p = new Project(ProjectInfo.named("Wijk Y", T));
        p.put(new Coder("me", "Ik"));
        for (int i = 0; i < 3; i++) {
            p.put(Code.of("c" + i, "Code " + i, "#336699", null));
        }
        p.put(Document.of("d0", "A00", "x".repeat(30), SourceFormat.TXT, List.of(), T));
        p.put(new Quotation("q0-earlier", "d0", 0, 5, "", null, T));
        p.put(new Coding("k-earlier", "q0-earlier", "c0", "me", T));
        p.put(Document.of("d1", "A01", "y".repeat(35), SourceFormat.TXT, List.of(), T));
        return p;
    }
}
