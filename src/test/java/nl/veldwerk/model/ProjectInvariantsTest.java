package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectInvariantsTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");
    private Project project;

    @BeforeEach
    void setUp() {
        project = new Project(ProjectInfo.named("Wijk Y", T));
        project.put(Document.of("d1", "A01", "Ik ken de buren niet.", SourceFormat.TXT, List.of(), T));
        project.put(Code.of("c1", "Sociaal netwerk", "#336699", null));
    }

    @Test
    void quotationMustLieInsideItsDocument() {
        ModelException e = assertThrows(ModelException.class,
                () -> project.put(new Quotation("q1", "d1", 3, 99, "", null, T)));
        assertTrue(e.getMessage().contains("does not fit in"), e.getMessage());
        assertThrows(ModelException.class, () -> project.put(new Quotation("q1", "nope", 0, 1, "", null, T)));
        assertThrows(ModelException.class, () -> new Quotation("q1", "d1", 5, 2, "", null, T));
    }

    @Test
    void codingNeedsExistingQuotationCodeAndCoderAndIsUniquePerCoder() {
        project.put(new Quotation("q1", "d1", 0, 10, "", null, T));
        assertThrows(ModelException.class, () -> project.put(new Coding("k1", "q1", "missing", null, T)));
        assertThrows(ModelException.class, () -> project.put(new Coding("k1", "q1", "c1", "ghost", T)));
        project.put(new Coding("k1", "q1", "c1", null, T));
        assertThrows(ModelException.class, () -> project.put(new Coding("k2", "q1", "c1", null, T)));
        assertEquals(1, project.codingsWithCode("c1").size());
    }

    @Test
    void removalIsRefusedWhileSomethingStillRefersToIt() {
        project.put(new Quotation("q1", "d1", 0, 10, "", null, T));
        project.put(new Coding("k1", "q1", "c1", null, T));
        assertThrows(ModelException.class, () -> project.remove(EntityKind.CODE, "c1"));
        assertThrows(ModelException.class, () -> project.remove(EntityKind.QUOTATION, "q1"));
        assertThrows(ModelException.class, () -> project.remove(EntityKind.DOCUMENT, "d1"));
        project.remove(EntityKind.CODING, "k1");
        project.remove(EntityKind.QUOTATION, "q1");
        project.remove(EntityKind.DOCUMENT, "d1");
        assertEquals(0, project.count(EntityKind.DOCUMENT));
    }

    @Test
    void aCoderIsRemovedOnlyOnceNoCodingQuotationOrMemoOfTheirsIsLeftAlsoInACopy() {
        project.put(new Coder("anna", "Anna"));
        project.put(new Quotation("q1", "d1", 0, 10, "", "anna", T));
        project.put(new Coding("k1", "q1", "c1", "anna", T));
        project.put(Memo.reviewComment("m1", MemoTarget.project(), "Klopt dit?", "anna", T));
        Project copy = project.copy();
        for (Project p : List.of(project, copy)) {
            assertThrows(ModelException.class, () -> p.remove(EntityKind.CODER, "anna"));
            p.remove(EntityKind.CODING, "k1");
            assertThrows(ModelException.class, () -> p.remove(EntityKind.CODER, "anna"), "the quotation is theirs");
            p.put(new Quotation("q1", "d1", 0, 10, "", null, T)); // made by no one now
            assertThrows(ModelException.class, () -> p.remove(EntityKind.CODER, "anna"), "the memo is theirs");
            p.remove(EntityKind.MEMO, "m1");
            p.remove(EntityKind.CODER, "anna");
            assertEquals(0, p.count(EntityKind.CODER));
        }
    }

    @Test
    void aCodingOrMemoPutAgainWithAnotherCoderMovesTheUseToThem() {
        project.put(new Coder("anna", "Anna"));
        project.put(new Coder("bob", "Bob"));
        project.put(new Quotation("q1", "d1", 0, 10, "", null, T));
        project.put(new Coding("k1", "q1", "c1", "anna", T));
        project.put(Memo.reviewComment("m1", MemoTarget.project(), "Klopt dit?", "bob", T));
        project.put(new Coding("k1", "q1", "c1", "bob", T));
        project.put(Memo.reviewComment("m1", MemoTarget.project(), "Klopt dit?", "anna", T));
        project.put(Memo.reviewComment("m1", MemoTarget.project(), "Klopt dit?", "bob", T));
        project.remove(EntityKind.CODER, "anna");
        assertThrows(ModelException.class, () -> project.remove(EntityKind.CODER, "bob"));
    }

    /**
     * The counts of each coder's uses stay right through random puts and removals by several coders, with ids
     * as equal strings of other instances as well: a coder can be removed exactly when nothing of theirs is left.
     */
    @Test
    void aCoderCanBeRemovedExactlyWhenNothingOfTheirsIsLeft() {
        List<String> coders = List.of("anna", "bob", "carl");
        coders.forEach(c -> project.put(new Coder(c, c)));
        project.put(new Quotation("q1", "d1", 0, 10, "", null, T));
        Map<String, String> codingBy = new java.util.HashMap<>(); // coding id -> coder
        java.util.Random random = new java.util.Random(5);
        for (int step = 0; step < 400; step++) {
            String coding = "k" + random.nextInt(6);
            if (codingBy.containsKey(coding) && random.nextBoolean()) {
                project.remove(EntityKind.CODING, coding);
                codingBy.remove(coding);
            } else {
                String coder = new String(coders.get(random.nextInt(coders.size()))); // not the coder's instance
                String code = "c" + coding; // one code per coding: never two by a coder on the quotation
                if (project.code(code).isEmpty()) {
                    project.put(Code.of(code, code, null, null));
                }
                project.put(new Coding(coding, "q1", code, random.nextBoolean() ? coder : coder.intern(), T));
                codingBy.put(coding, coder);
            }
            for (String coder : coders) {
                Project copy = project.copy();
                if (codingBy.containsValue(coder)) {
                    assertThrows(ModelException.class, () -> copy.remove(EntityKind.CODER, coder), "step " + step);
                } else {
                    copy.remove(EntityKind.CODER, coder);
                }
            }
        }
    }

    @Test
    void codeHierarchyCannotContainACycle() {
        project.put(Code.of("c2", "Strong ties", null, "c1"));
        project.put(Code.of("c3", "Familie", null, "c2"));
        assertThrows(ModelException.class, () -> project.put(Code.of("c1", "Sociaal netwerk", null, "c3")));
        assertThrows(ModelException.class, () -> project.put(Code.of("c4", "x", null, "missing")));
    }

    @Test
    void documentAttributesMustBeDefinedAndOfTheRightType() {
        project.put(new AttributeDefinition("a1", "age", AttributeType.NUMBER));
        Document d = project.document("d1").orElseThrow();
        assertThrows(ModelException.class, () -> project.put(d.withAttributes(Map.of("role", "aanbieder"))));
        assertThrows(ModelException.class, () -> project.put(d.withAttributes(Map.of("age", "old"))));
        project.put(d.withAttributes(Map.of("age", "42")));
        assertThrows(ModelException.class, () -> project.put(d.withGroups(Set.of("no-such-group"))));
    }

    @Test
    void shrinkingATextUnderAQuotationIsRefused() {
        project.put(new Quotation("q1", "d1", 10, 20, "", null, T));
        Document d = project.document("d1").orElseThrow();
        assertThrows(ModelException.class, () -> project.put(d.withText("kort", List.of())));
    }

    @Test
    void coloursAreNormalisedAndBadOnesRefused() {
        assertEquals("#aabbcc", Code.of("x", "x", "#ABC", null).color());
        assertEquals(Colors.DEFAULT, Code.of("x", "x", null, null).color());
        assertThrows(ModelException.class, () -> Code.of("x", "x", "red", null));
    }

    @Test
    void copyIsEqualByValueAndIndependent() {
        project.put(new Quotation("q1", "d1", 0, 10, "", null, T));
        Project copy = project.copy();
        assertEquals(project, copy);
        assertEquals(1, copy.quotationsOf("d1").size());
        project.put(Code.of("c9", "Nieuw", null, null));
        assertTrue(!project.equals(copy));
    }
}
