package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The margin's brackets in the real window, measured against the text area's own line layout: a bracket
 * spans exactly the lines its quotation covers (not its whole paragraph), overlapping quotations stand in
 * lanes side by side, each bracket is labelled with all the quotation's codes, a label too long for the
 * margin is marked and the margin can be widened to fit it, and a click selects the quotation.
 */
class MarginTest extends WorkbenchTest {
    /** One long paragraph that wraps over many lines, then short ones. */
    private static final String TEXT = "Interviewer: Hoe gaat het met de buurt?\n"
            + "R01: " + "De buren helpen elkaar wel maar niet iedereen durft om hulp te vragen omdat mensen zich "
            .repeat(8) + "einde.\n"
            + "Interviewer: Dank u.\n";
    /**
     * The text area's character bounds are those of a stroked outline round the characters, a pixel or so
     * taller than the line box the margin measures; a line is 20 pixels, so this still tells lines apart.
     */
    private static final double TOLERANCE = 2.0;
    private static final String LONG_NAME = "Een lange codenaam die niet in een smalle marge past";

    private InlineCssTextArea area;
    private CodeMargin margin;

    private void open(FxRobot robot) throws Exception {
        open(robot, TEXT);
    }

    private void open(FxRobot robot, String text) throws Exception {
        Project p = new Project(ProjectInfo.named("Marge", Fixtures.T));
        p.put(Document.of("d", "R01", text, SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        p.put(Code.of("hulp", "Hulp vragen", "#cc3333", null));
        p.put(Code.of("schaamte", "Schaamte", "#3355cc", null));
        p.put(Code.of("lang", LONG_NAME, "#22aa55",
                null));
        Path dir = tmp.resolve("marge-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        area = robot.lookup("#transcript").query();
        margin = robot.lookup("#code-margin").query();
    }

    /** The offsets at which the lines of the long paragraph (¶ 2) start, as the text area wraps it. */
    private List<Integer> lineStarts(FxRobot robot) {
        List<Integer> starts = new ArrayList<>();
        robot.interact(() -> {
            int from = TEXT.indexOf("R01:");
            int to = TEXT.indexOf("einde.");
            double lastY = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double y = area.getCharacterBoundsOnScreen(i, i + 1).orElseThrow().getMinY();
                if (y > lastY + 2) {
                    starts.add(i);
                    lastY = y;
                }
            }
        });
        return starts;
    }

    private String code(FxRobot robot, int start, int end, String codeId) throws Exception {
        robot.interact(() -> {
            workbench.coding().select(start, end);
            workbench.coding().applyCode(codeId);
        });
        WindowTestSupport.idle(vm);
        Project p = vm.storeProperty().get().session().project();
        return p.quotationsOf("d").stream().filter(q -> q.start() == start && q.end() == end).findFirst()
                .map(Quotation::id).orElseThrow();
    }

    private Bounds charOnScreen(FxRobot robot, int offset) throws Exception {
        return onFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private Region bracket(String quotationId) {
        return margin.bracketOf(quotationId).orElseThrow(() -> new AssertionError("no bracket for " + quotationId));
    }

    /** The bracket's top and bottom on screen equal the top of the first line and the bottom of the last. */
    private void assertSpansLines(FxRobot robot, String quotationId, int first, int last, int lines, double lineHeight)
            throws Exception {
        Bounds b = bracket(quotationId).localToScreen(bracket(quotationId).getBoundsInLocal());
        Bounds top = charOnScreen(robot, first);
        Bounds bottom = charOnScreen(robot, last);
        assertEquals(top.getMinY(), b.getMinY(), TOLERANCE, "the bracket starts at the top of the first coded line");
        assertEquals(bottom.getMaxY(), b.getMaxY(), TOLERANCE, "and ends at the bottom of the last coded line");
        assertEquals((lines - 1) * lineHeight + top.getHeight(), b.getHeight(), 2 * TOLERANCE, lines + " lines tall");
    }

    @Test
    void bracketsSpanExactlyTheCodedLinesInLanesWithEveryCodeNamed(FxRobot robot) throws Exception {
        open(robot);
        List<Integer> lines = lineStarts(robot);
        assertTrue(lines.size() >= 9, "the paragraph wraps over many lines: " + lines.size());
        double lineHeight = charOnScreen(robot, lines.get(1)).getMinY() - charOnScreen(robot, lines.get(0)).getMinY();

        // Two lines: lines 2 and 3 of the paragraph (each line ends in the space it wraps at).
        int twoStart = lines.get(1);
        int twoEnd = lines.get(3) - 1;
        String two = code(robot, twoStart, twoEnd, "hulp");
        // Five lines: lines 4 to 8; a second code on it too.
        int fiveStart = lines.get(3);
        int fiveEnd = lines.get(8) - 1;
        String five = code(robot, fiveStart, fiveEnd, "hulp");
        robot.interact(() -> workbench.coding().addCodeToQuotation(five, "schaamte"));
        WindowTestSupport.idle(vm);
        // Overlapping the five-line quotation: lines 6 to 9.
        int overStart = lines.get(5);
        int overEnd = lines.get(9) - 1;
        String over = code(robot, overStart, overEnd, "schaamte");

        assertSpansLines(robot, two, twoStart, twoEnd - 1, 2, lineHeight);
        assertSpansLines(robot, five, fiveStart, fiveEnd - 1, 5, lineHeight);
        assertSpansLines(robot, over, overStart, overEnd - 1, 4, lineHeight);
        Bounds paragraph = onFx(() -> area.getParagraphBoundsOnScreen(1).orElseThrow());
        assertTrue(bracket(two).getHeight() < paragraph.getHeight() / 3, "not the whole paragraph");

        // Overlapping quotations side by side; the two-line one, overlapping neither, in the inner lane.
        double twoX = bracket(two).getLayoutX();
        double fiveX = bracket(five).getLayoutX();
        double overX = bracket(over).getLayoutX();
        assertEquals(twoX, fiveX, 0.01, "quotations that do not overlap share a lane");
        assertTrue(Math.abs(overX - fiveX) >= bracket(five).getWidth(), "overlapping brackets do not cover each other");
        assertEquals(javafx.scene.paint.Color.web("#cc3333"), bracket(two).getBorder().getStrokes().getFirst()
                .getRightStroke(), "in the code's colour");

        // A label for every code of the quotation, not just one per paragraph, none over another.
        List<String> fiveLabels = margin.labelsOf(five).stream().map(Label::getText).toList();
        assertEquals(List.of("Hulp vragen", "Schaamte"), fiveLabels.stream().sorted().toList());
        List<Label> shown = new ArrayList<>(margin.labelsOf(two));
        shown.addAll(margin.labelsOf(five));
        shown.addAll(margin.labelsOf(over));
        assertEquals(4, shown.size());
        for (Label a : shown) {
            for (Label b : shown) {
                assertTrue(a == b || !a.getBoundsInParent().intersects(b.getBoundsInParent()), "labels never overlap");
            }
        }
        Bounds fiveBracket = bracket(five).getBoundsInParent();
        assertEquals(fiveBracket.getMinY(), margin.labelsOf(five).getFirst().getBoundsInParent().getMinY(), 1,
                "a quotation's labels start beside its bracket's top");

        // A click on a bracket selects its quotation.
        robot.clickOn(bracket(over));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(over, workbench.coding().selectedQuotationProperty().get().id());

        // Scrolled, the brackets follow the lines.
        robot.interact(() -> area.scrollYBy(lineHeight * 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertSpansLines(robot, five, fiveStart, fiveEnd - 1, 5, lineHeight);
    }

    /**
     * Two quotations on one line that share no character (the question's first words, then its last): each has a
     * bracket of its own, side by side, over that line (they were given one lane, the second drawn over the
     * first). A third one line down shares the first's lane: nothing is moved that need not be.
     */
    @Test
    void quotationsSharingALineButNoCharacterStandSideBySide(FxRobot robot) throws Exception {
        open(robot);
        int hoe = TEXT.indexOf("Hoe gaat");
        String first = code(robot, hoe, hoe + "Hoe gaat".length(), "hulp");
        int buurt = TEXT.indexOf("de buurt");
        String second = code(robot, buurt, buurt + "de buurt".length(), "schaamte");
        int dank = TEXT.indexOf("Dank u");
        String third = code(robot, dank, dank + "Dank u".length(), "hulp");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds a = onFx(() -> bracket(first).localToScreen(bracket(first).getBoundsInLocal()));
        Bounds b = onFx(() -> bracket(second).localToScreen(bracket(second).getBoundsInLocal()));
        assertEquals(a.getMinY(), b.getMinY(), TOLERANCE, "both over the same line");
        assertEquals(a.getHeight(), b.getHeight(), TOLERANCE);
        assertTrue(Math.abs(a.getMinX() - b.getMinX()) >= a.getWidth(), "side by side, not one over the other: "
                + a.getMinX() + " and " + b.getMinX());
        Bounds c = onFx(() -> bracket(third).localToScreen(bracket(third).getBoundsInLocal()));
        assertEquals(a.getMinX(), c.getMinX(), 0.5, "a quotation on a line of its own keeps the first lane");
        // Scrolled and back, the two keep their lanes.
        robot.interact(() -> area.scrollYBy(200));
        robot.interact(() -> area.scrollYBy(-200));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(b.getMinX(), onFx(() -> bracket(second).localToScreen(bracket(second).getBoundsInLocal()))
                .getMinX(), 0.5);
    }

    /**
     * A bracket on screen keeps its lane when one that shares its first line scrolls into view: the one coming
     * into view moves aside (the later one moved, so the bracket being read jumped).
     */
    @Test
    void aBracketOnScreenKeepsItsLaneWhenOneSharingALineScrollsIn(FxRobot robot) throws Exception {
        open(robot, TEXT + "R01: Nog een antwoord.\n".repeat(60)); // longer than the view: it scrolls
        int hoe = TEXT.indexOf("Hoe gaat");
        int buurt = TEXT.indexOf("de buurt");
        int end = TEXT.indexOf(" einde."); // not the space before it: a coding leaves white space at its edges out
        String earlier = code(robot, hoe, hoe + "Hoe gaat".length(), "hulp");
        String later = code(robot, buurt, end, "schaamte");
        // The first paragraph out of view, a change to a code packs the lanes anew (both in the first: they share
        // no character), and only the later quotation's bracket is drawn.
        robot.interact(() -> area.showParagraphAtTop(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.storeProperty().get().session().execute(nl.veldwerk.project.CodeCommands.rename(
                "hulp", "Om hulp vragen")));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(margin.bracketOf(earlier).isEmpty(), "the first paragraph is out of view");
        double x = onFx(() -> bracket(later).localToScreen(bracket(later).getBoundsInLocal()).getMinX());
        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x, onFx(() -> bracket(later).localToScreen(bracket(later).getBoundsInLocal()).getMinX()), 0.5,
                "the bracket being read stays where it was");
        double other = onFx(() -> bracket(earlier).localToScreen(bracket(earlier).getBoundsInLocal()).getMinX());
        assertTrue(Math.abs(other - x) >= bracket(later).getWidth(), "the one coming into view stands beside it");
    }

    /**
     * A coding above a label on screen leaves that label as it was: the same node, its text and style not set
     * again (labels were handed out in reading order, so every one below a new quotation took over the next one's
     * text and was measured and laid out anew, on every coding and undo).
     */
    @Test
    void aLabelOnScreenKeepsItsNodeWhenAQuotationIsCodedAboveIt(FxRobot robot) throws Exception {
        open(robot);
        int dank = TEXT.indexOf("Dank u");
        String below = code(robot, dank, dank + "Dank u".length(), "schaamte");
        Label before = margin.labelsOf(below).getFirst();
        int hoe = TEXT.indexOf("Hoe gaat");
        String above = code(robot, hoe, hoe + "Hoe gaat".length(), "hulp");
        assertEquals(List.of("Hulp vragen"), margin.labelsOf(above).stream().map(Label::getText).toList());
        assertTrue(margin.labelsOf(below).getFirst() == before, "the label below is the node it was");
        assertEquals("Schaamte", before.getText());
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(margin.labelsOf(above).isEmpty(), "undone, its label is gone");
        assertTrue(margin.labelsOf(below).getFirst() == before, "and the one below still the node it was");
    }

    @Test
    void aLabelTooLongIsMarkedAndTheMarginWidensToFitIt(FxRobot robot) throws Exception {
        open(robot);
        int start = TEXT.indexOf("Hoe gaat");
        String q = code(robot, start, start + "Hoe gaat".length(), "lang");
        Label label = margin.labelsOf(q).getFirst();
        double full = onFx(() -> label.prefWidth(-1));
        assertTrue(label.getWidth() < full, "the long name does not fit the margin at first");
        // Cut short with "…", never silently: hovering shows the quotation's ID and its codes in full.
        robot.moveTo(label);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows()
                .stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().contains(LONG_NAME)));
        assertTrue(javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.getText().startsWith("1:1\n")), "the tooltip starts with the quotation's ID");
        robot.interact(() -> ((TranscriptPane) robot.lookup("#transcript").query().getParent().getParent().getParent())
                .fitMarginToLabels());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(full, margin.labelsOf(q).getFirst().getWidth(), 0.5, "widened, the whole name shows");
    }
}
