package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The margin area right of the transcript, as ATLAS.ti has it: one bracket per quotation, in its first
 * code's colour, from the top of the quotation's first line to the bottom of its last line (measured on
 * the text area's own line layout), overlapping quotations in lanes side by side, and beside each bracket a
 * label for each of the quotation's codes. Only what is on screen is drawn: the brackets are placed anew when the
 * text scrolls, wraps or changes, reusing their nodes. A click on a bracket or label selects the
 * quotation; hovering shows its ID and codes; a label too long for the margin ends in "…" and the margin
 * can be dragged wider at its left edge or widened to fit every label.
 */
final class CodeMargin extends Region {
    /**
     * A quotation as the margin shows it: its stretch without surrounding white space, its bracket's colour,
     * a label per code (or its ID when it has none) and the tooltip text.
     */
    record Marked(String quotationId, int start, int end, String color, List<Tag> tags, String tip) {
    }

    /** One label beside a bracket: a code's name in its colour. */
    record Tag(String name, String color) {
    }

    static final double MIN_WIDTH = 150;
    private static final double LANE_WIDTH = 7;
    private static final double BRACKET_WIDTH = 5;
    private static final double PAD = 4;
    /** Past this many lanes, deeper quotations share the outermost lane (their labels still say what they are). */
    private static final int MAX_LANES = 12;
    /** How close (in pixels) to the left edge the pointer grabs it to resize the margin. */
    private static final double GRIP = 5;

    private final InlineCssTextArea area;
    private final Map<String, Marked> marked = new LinkedHashMap<>();
    private final MarginLanes lanes = new MarginLanes();
    /** The quotations whose brackets the last layout drew: a bracket on screen keeps its lane when another comes. */
    private final java.util.Set<String> drawnLast = new java.util.HashSet<>();
    private final List<Region> brackets = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    /**
     * The label each quotation's code had in the last layout ("id" + NUL + the code's place): it gets the same
     * one again, so after a coding or a scroll the labels already on screen keep their text and style (laid out
     * as they were) instead of each taking over another's from a pool filled in reading order.
     */
    private Map<String, Label> labelByTag = new java.util.HashMap<>();
    private final List<Line> leaders = new ArrayList<>();
    /** Colours by their CSS text, for the same reason: a paint set again is only no change when it is the same one. */
    private final Map<String, Color> colors = new java.util.HashMap<>();
    /** Borders by colour and selection: a new but equal border would still be a change to draw. */
    private final Map<String, Border> borders = new java.util.HashMap<>();
    private Consumer<String> onClick = id -> { };
    private Consumer<Double> onResize = width -> { };
    private String selectedId;
    /** The width the widest label drawn so far needs, for "fit the margin to its labels". */
    private double widestLabel;
    private boolean dragging;

    CodeMargin(InlineCssTextArea area) {
        this.area = area;
        getStyleClass().add("code-margin");
        setId("code-margin");
        setMinWidth(MIN_WIDTH);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        // Scrolling, wrapping and restyling all mark the viewport dirty: place the brackets again then.
        area.viewportDirtyEvents().subscribe(e -> requestLayout());
        area.widthProperty().addListener((o, was, now) -> requestLayout());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(e.getX() < GRIP ? Cursor.H_RESIZE : Cursor.DEFAULT));
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragging = e.getX() < GRIP);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                onResize.accept(Math.max(MIN_WIDTH, getWidth() - e.getX()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
    }

    void setOnClick(Consumer<String> action) {
        this.onClick = action;
    }

    /** Told the width the user asks for, by dragging the left edge or by fitting the labels. */
    void setOnResize(Consumer<Double> action) {
        this.onResize = action;
    }

    /** Shows these quotations (another document, or a full redraw), lanes packed anew. */
    void setAll(Collection<Marked> quotations) {
        marked.clear();
        quotations.forEach(q -> marked.put(q.quotationId(), q));
        lanes.assignAll(quotations.stream().map(q -> new MarginLanes.Stretch(q.quotationId(), q.start(), q.end()))
                .toList());
        widestLabel = 0;
        requestLayout();
    }

    /** Adds or updates one quotation; the others keep their lanes. */
    void put(Marked q) {
        marked.put(q.quotationId(), q);
        lanes.put(new MarginLanes.Stretch(q.quotationId(), q.start(), q.end()));
        requestLayout();
    }

    void remove(String quotationId) {
        if (marked.remove(quotationId) != null) {
            lanes.remove(quotationId);
            requestLayout();
        }
    }

    /** Marks the selected quotation's bracket (drawn bolder), or none. */
    void select(String quotationId) {
        selectedId = quotationId;
        requestLayout();
    }

    /** Asks for the width at which no label on screen is cut short. */
    void fitToLabels() {
        layout();
        onResize.accept(Math.max(MIN_WIDTH, Math.ceil(widestLabel)));
    }

    /** The drawn bracket of a quotation, if it is on screen (for the window's tests). */
    Optional<Region> bracketOf(String quotationId) {
        return brackets.stream().filter(b -> b.isVisible() && quotationId.equals(b.getUserData())).findFirst();
    }

    /** The drawn labels of a quotation, one per code, if it is on screen (for the window's tests). */
    List<Label> labelsOf(String quotationId) {
        // From the top: the labels are no longer handed out in reading order.
        return labels.stream().filter(l -> l.isVisible() && quotationId.equals(l.getUserData()))
                .sorted(Comparator.comparingDouble(Label::getLayoutY)).toList();
    }

    /** A quotation on screen: its lane and the top and bottom of its lines, in the margin's coordinates. */
    private record Placed(Marked quotation, int lane, double top, double bottom) {
    }

    /** Its width is given (by the pane, the user's drag or a fit), never taken from the labels it happens to show. */
    @Override
    protected double computePrefWidth(double height) {
        return MIN_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        List<Placed> placed = getScene() == null || area.getLength() == 0 ? List.of() : place();
        int shownLanes = Math.min(MAX_LANES, Math.max(1, lanes.count()));
        double labelX = PAD + shownLanes * LANE_WIDTH + PAD;
        double labelWidth = Math.max(20, getWidth() - labelX - PAD);
        List<Placed> byTop = new ArrayList<>(placed);
        byTop.sort(Comparator.comparingDouble(Placed::top).thenComparingInt(Placed::lane));
        double nextFree = Double.NEGATIVE_INFINITY;
        LabelsByTag shownLabels = new LabelsByTag(byTop);
        for (int i = 0; i < byTop.size(); i++) {
            Placed p = byTop.get(i);
            Marked q = p.quotation();
            Region bracket = pooled(brackets, i, this::newBracket);
            double x = PAD + Math.min(p.lane(), MAX_LANES - 1) * LANE_WIDTH;
            boolean selected = q.quotationId().equals(selectedId);
            bracket.setUserData(q.quotationId());
            Border border = border(q.color(), selected);
            if (bracket.getBorder() != border) {
                bracket.setBorder(border);
            }
            bracket.resizeRelocate(x, p.top(), BRACKET_WIDTH, Math.max(2, p.bottom() - p.top()));
            bracket.setVisible(true);
            // A label per code, stacked. Labels never overlap: one that would sits just under the one
            // before and a leader joins the bracket to its first label.
            // A bracket that starts above the margin has its labels at the margin's top, not half hidden.
            double firstY = Math.max(Math.max(p.top(), 0), nextFree);
            for (int t = 0; t < q.tags().size(); t++) {
                Tag tag = q.tags().get(t);
                Label label = shownLabels.labelFor(q.quotationId(), t);
                if (!q.quotationId().equals(label.getUserData())) {
                    label.setUserData(q.quotationId());
                }
                if (!tag.name().equals(label.getText())) {
                    label.setText(tag.name());
                }
                ((Rectangle) label.getGraphic()).setFill(color(tag.color()));
                String style = selected ? "-fx-font-weight: bold;" : "";
                if (!style.equals(label.getStyle())) {
                    label.setStyle(style);
                }
                if (label.getSkin() == null) {
                    label.applyCss(); // a label made in this pass: its size needs its style
                }
                double height = label.prefHeight(-1);
                double y = Math.max(Math.max(p.top(), 0), nextFree);
                nextFree = y + height + 1;
                double wanted = label.prefWidth(-1);
                widestLabel = Math.max(widestLabel, labelX + wanted + PAD);
                label.resizeRelocate(labelX, y, Math.min(wanted, labelWidth), height);
                label.setVisible(true);
            }
            Line leader = pooled(leaders, i, this::newLeader);
            leader.setStartX(x + BRACKET_WIDTH);
            leader.setStartY(Math.max(p.top(), 0) + 1);
            leader.setEndX(labelX - 1);
            leader.setEndY(firstY + 7);
            leader.setStroke(color(q.color()));
            leader.setVisible(firstY > p.top() + 2);
        }
        hideFrom(brackets, byTop.size());
        shownLabels.hideTheRest();
        hideFrom(leaders, byTop.size());
    }

    /** The labels of one layout: each quotation's code keeps the label it had, the others take the labels left. */
    private final class LabelsByTag {
        private final Map<String, Label> now = new java.util.HashMap<>();
        private final java.util.ArrayDeque<Label> free = new java.util.ArrayDeque<>();

        LabelsByTag(List<Placed> drawn) {
            java.util.Set<Label> kept = new java.util.HashSet<>();
            for (Placed p : drawn) {
                for (int t = 0; t < p.quotation().tags().size(); t++) {
                    Label label = labelByTag.get(key(p.quotation().quotationId(), t));
                    if (label != null) {
                        kept.add(label);
                    }
                }
            }
            for (Label label : labels) {
                if (!kept.contains(label)) {
                    free.add(label);
                }
            }
        }

        Label labelFor(String quotationId, int tag) {
            String key = key(quotationId, tag);
            Label label = labelByTag.get(key);
            if (label == null) {
                label = free.isEmpty() ? pooled(labels, labels.size(), CodeMargin.this::newLabel) : free.poll();
            }
            now.put(key, label);
            return label;
        }

        /** Hides the labels no quotation on screen has now, and remembers which label is whose. */
        void hideTheRest() {
            for (Label label : free) {
                label.setVisible(false);
            }
            labelByTag = now;
        }

        private static String key(String quotationId, int tag) {
            return quotationId + '\0' + tag;
        }
    }

    /** The quotations with a line on screen, with the geometry of their first and last visible lines. */
    private List<Placed> place() {
        int firstParagraph = area.firstVisibleParToAllParIndex();
        int lastParagraph = area.lastVisibleParToAllParIndex();
        int visibleStart = area.getAbsolutePosition(firstParagraph, 0);
        int visibleEnd = area.getAbsolutePosition(lastParagraph, area.getParagraphLength(lastParagraph));
        int length = area.getLength();
        Map<Integer, TextFlow> flows = ParagraphNumbers.shownTextFlows(area);
        List<Placed> placed = new ArrayList<>();
        for (Marked q : marked.values()) {
            if (q.start() >= visibleEnd || q.end() <= visibleStart || q.end() > length || q.start() >= q.end()) {
                continue;
            }
            // Above or below what is laid out, the bracket runs on past the edge of the margin.
            double top = q.start() < visibleStart ? -2 : lineEdge(flows, q.start(), true);
            double bottom = q.end() > visibleEnd ? getHeight() + 2 : lineEdge(flows, q.end() - 1, false);
            if (Double.isNaN(top) || Double.isNaN(bottom)) {
                continue;
            }
            placed.add(new Placed(q, Math.max(0, lanes.laneOf(q.quotationId())), top, bottom));
        }
        List<Placed> apart = apart(placed);
        drawnLast.clear();
        apart.forEach(p -> drawnLast.add(p.quotation().quotationId()));
        return apart;
    }

    /**
     * Brackets in one lane over a common line (two quotations that share a line but no character) would be drawn
     * one over the other, the lower hidden: the lanes move them apart, for good, and they are placed again.
     */
    private List<Placed> apart(List<Placed> placed) {
        for (int round = 0; round < MAX_LANES; round++) {
            boolean moved = false;
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    Placed a = placed.get(i);
                    Placed b = placed.get(j);
                    boolean overOneLine = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) > 1;
                    if (a.lane() == b.lane() && overOneLine) {
                        Placed moves = whichMoves(a, b);
                        moved |= lanes.separate((moves == a ? b : a).quotation().quotationId(),
                                moves.quotation().quotationId());
                    }
                }
            }
            if (!moved) {
                return placed;
            }
            placed = placed.stream().map(p -> new Placed(p.quotation(), Math.max(0, lanes.laneOf(p.quotation()
                    .quotationId())), p.top(), p.bottom())).toList();
        }
        return placed;
    }

    /**
     * Of two brackets found over one line, the one that moves: one coming into view, not one already on screen
     * (scrolling up, a bracket in view would jump); else the one that starts later in the text.
     */
    private Placed whichMoves(Placed a, Placed b) {
        boolean aShown = drawnLast.contains(a.quotation().quotationId());
        boolean bShown = drawnLast.contains(b.quotation().quotationId());
        if (aShown != bShown) {
            return aShown ? b : a;
        }
        Marked x = a.quotation();
        Marked y = b.quotation();
        boolean bLater = y.start() > x.start() || y.start() == x.start() && y.end() < x.end();
        return bLater ? b : a;
    }

    /**
     * The top (or bottom) of the line that holds the character at {@code offset}, in this margin's y: from
     * the line layout of the paragraph's text flow itself. (The text area's own character bounds would do,
     * but each call adds and removes a node in the paragraph, which costs a layout of it per bracket.)
     */
    private double lineEdge(Map<Integer, TextFlow> flows, int offset, boolean top) {
        TwoDimensional.Position at = area.offsetToPosition(offset, TwoDimensional.Bias.Forward);
        TextFlow flow = flows.get(at.getMajor());
        if (flow == null) {
            return Double.NaN;
        }
        PathElement[] shape = flow.rangeShape(at.getMinor(), at.getMinor() + 1);
        double y = top ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (PathElement e : shape) {
            double ey = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(ey)) {
                y = top ? Math.min(y, ey) : Math.max(y, ey);
            }
        }
        if (Double.isInfinite(y)) {
            return Double.NaN;
        }
        return sceneToLocal(flow.localToScene(0, y)).getY();
    }

    private Color color(String css) {
        return colors.computeIfAbsent(css, Color::web);
    }

    private Border border(String color, boolean selected) {
        return borders.computeIfAbsent(color + selected, k -> newBorder(color, selected));
    }

    private static Border newBorder(String color, boolean selected) {
        double w = selected ? 3 : 2;
        return new Border(new BorderStroke(Color.web(color), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(w, w, w, 0)));
    }

    private Region newBracket() {
        Region bracket = new Region();
        bracket.getStyleClass().add("margin-bracket");
        bracket.setCursor(Cursor.HAND);
        interactive(bracket);
        return bracket;
    }

    private Label newLabel() {
        Label label = new Label();
        label.getStyleClass().add("margin-label");
        label.setCursor(Cursor.HAND);
        label.setPadding(Insets.EMPTY);
        label.setGraphic(new Rectangle(8, 8));
        label.setGraphicTextGap(4);
        interactive(label);
        return label;
    }

    private Line newLeader() {
        Line line = new Line();
        line.getStyleClass().add("margin-leader");
        line.setMouseTransparent(true);
        return line;
    }

    /** A click selects the node's quotation; hovering shows its ID and codes (tooltip made on first hover). */
    private void interactive(Node node) {
        node.setOnMouseClicked(e -> {
            if (node.getUserData() instanceof String id) {
                onClick.accept(id);
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (node.getProperties().putIfAbsent("tooltip", Boolean.TRUE) == null) {
                Tooltip tip = new Tooltip();
                tip.setOnShowing(s -> tip.setText(tipOf(node.getUserData())));
                Tooltip.install(node, tip);
            }
        });
    }

    private String tipOf(Object quotationId) {
        Marked q = quotationId == null ? null : marked.get(quotationId.toString());
        return q == null ? "" : q.tip();
    }

    private <T extends Node> T pooled(List<T> pool, int index, java.util.function.Supplier<T> make) {
        if (index < pool.size()) {
            return pool.get(index);
        }
        T node = make.get();
        pool.add(node);
        getChildren().add(node);
        return node;
    }

    private static void hideFrom(List<? extends Node> pool, int from) {
        for (int i = from; i < pool.size(); i++) {
            pool.get(i).setVisible(false);
        }
    }
}
