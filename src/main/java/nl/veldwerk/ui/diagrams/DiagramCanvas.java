package nl.veldwerk.ui.diagrams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.report.DiagramShapes;

/**
 * Draws a {@link DrawnDiagram} with JavaFX shapes, the same geometry the SVG and PNG exports use. A code
 * can be dragged: while it moves only its own arrows follow (so 2,000 arrows do not slow a drag down);
 * the new place is saved when the mouse is released. Arrows show their evidence on hover and report a
 * click; a code's context menu hides it.
 */
final class DiagramCanvas extends Pane {
    private final Group frames = new Group();
    private final Group arrows = new Group();
    private final Group boxes = new Group();
    private final Map<String, StackPane> boxNodes = new HashMap<>();
    private final Map<String, DrawnDiagram.Box> boxData = new HashMap<>();
    private final Map<String, List<ArrowShape>> arrowsOfCode = new HashMap<>();
    private final Tooltip tooltip = new Tooltip();
    private BiConsumer<String, double[]> onMoved = (id, at) -> { };
    private Consumer<String> onHide = id -> { };
    private Consumer<DrawnDiagram.Arrow> onArrowClicked = a -> { };
    private Function<DrawnDiagram.Arrow, String> arrowLabel = a -> "";
    private Function<DrawnDiagram.Arrow, String> arrowTooltip = a -> "";

    /** The shapes of one arrow, redrawn as its ends move. */
    private final class ArrowShape {
        DrawnDiagram.Arrow arrow;
        final javafx.scene.shape.Polyline line = new javafx.scene.shape.Polyline();
        final Polygon head = new Polygon();
        final Text label = new Text();
        final javafx.scene.shape.Polyline hit = new javafx.scene.shape.Polyline();
        final double labelWidth;

        ArrowShape(DrawnDiagram.Arrow arrow) {
            this.arrow = arrow;
            line.setStroke(Color.web(arrow.stroke()));
            line.setStrokeWidth(arrow.strokeWidth());
            line.setStrokeLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
            if (arrow.weak()) {
                line.getStrokeDashArray().setAll(6.0, 4.0);
            }
            head.setFill(Color.web(arrow.stroke()));
            label.setText(arrowLabel.apply(arrow));
            labelWidth = 5.5 * label.getText().length(); // measuring 2,000 labels is slow; 10 px type is ~5.5 px a letter
            label.getStyleClass().add("diagram-arrow-label");
            // A thin line is hard to hit: a wide transparent twin takes the mouse for it.
            hit.setStroke(Color.TRANSPARENT);
            hit.setStrokeWidth(Math.max(10, arrow.strokeWidth() + 6));
            // One tooltip for the canvas, given to an arrow when the mouse reaches it: a tooltip per arrow
            // made drawing 2,000 arrows take seconds.
            hit.setOnMouseEntered(e -> {
                tooltip.setText(arrowTooltip.apply(arrow));
                Tooltip.install(hit, tooltip);
            });
            hit.setOnMouseExited(e -> Tooltip.uninstall(hit, tooltip));
            hit.setOnMouseClicked(e -> onArrowClicked.accept(arrow));
            hit.getStyleClass().add("diagram-arrow");
            hit.setUserData(arrow.relationId());
            Group group = new Group(line, head, label, hit);
            arrows.getChildren().add(group);
            update();
        }

        /**
         * Ends on the current edges of the two boxes. It keeps running level as far as when it was drawn (past
         * the source's frames), which the next full drawing works out again.
         */
        void update() {
            DrawnDiagram.Box from = current(arrow.sourceCodeId());
            DrawnDiagram.Box to = current(arrow.targetCodeId());
            DrawnDiagram.Arrow moved = arrow.between(from, to);
            double[] h = DiagramShapes.arrowHead(moved);
            List<Double> shaft = java.util.Arrays.stream(DiagramShapes.shaft(moved)).boxed().toList();
            line.getPoints().setAll(shaft);
            hit.getPoints().setAll(shaft);
            head.getPoints().setAll(h[0], h[1], h[2], h[3], h[4], h[5]);
            double[] at = DiagramShapes.labelAt(moved);
            label.setX(at[0] - labelWidth / 2);
            label.setY(at[1]);
        }
    }

    DiagramCanvas() {
        getStyleClass().add("diagram-canvas");
        setId("diagram-canvas");
        getChildren().addAll(frames, arrows, boxes);
    }

    /** Shows the drawing at {@code scale} (1 is actual size). */
    void zoom(double scale) {
        setScaleX(scale);
        setScaleY(scale);
    }

    void setOnMoved(BiConsumer<String, double[]> action) {
        onMoved = action;
    }

    void setOnHide(Consumer<String> action) {
        onHide = action;
    }

    void setOnArrowClicked(Consumer<DrawnDiagram.Arrow> action) {
        onArrowClicked = action;
    }

    void setArrowText(Function<DrawnDiagram.Arrow, String> label, Function<DrawnDiagram.Arrow, String> tooltip) {
        arrowLabel = label;
        arrowTooltip = tooltip;
    }

    void draw(DrawnDiagram d, String hideText) {
        frames.getChildren().clear();
        arrows.getChildren().clear();
        boxes.getChildren().clear();
        boxNodes.clear();
        boxData.clear();
        arrowsOfCode.clear();
        setPrefSize(d.width() + 200, d.height() + 100);
        for (DrawnDiagram.Box b : d.boxes()) {
            boxData.put(b.codeId(), b);
            if (b.frame()) {
                drawFrame(b);
            } else {
                boxes.getChildren().add(box(b, hideText));
            }
        }
        for (DrawnDiagram.Arrow a : d.arrows()) {
            ArrowShape shape = new ArrowShape(a);
            arrowsOfCode.computeIfAbsent(a.sourceCodeId(), k -> new ArrayList<>()).add(shape);
            arrowsOfCode.computeIfAbsent(a.targetCodeId(), k -> new ArrayList<>()).add(shape);
        }
    }

    private void drawFrame(DrawnDiagram.Box b) {
        Rectangle r = new Rectangle(b.x(), b.y(), b.w(), b.h());
        r.setArcWidth(16);
        r.setArcHeight(16);
        Color c = Color.web(b.color());
        r.setFill(c.deriveColor(0, 1, 1, 0.08));
        r.setStroke(c);
        Text title = new Text(b.x() + 8, b.y() + 15, b.label());
        title.getStyleClass().add("diagram-frame-title");
        frames.getChildren().addAll(r, title);
    }

    private StackPane box(DrawnDiagram.Box b, String hideText) {
        Rectangle r = new Rectangle(b.w(), b.h());
        r.setArcWidth(12);
        r.setArcHeight(12);
        r.setFill(Color.WHITE);
        r.setStroke(Color.web(b.color()));
        r.setStrokeWidth(2);
        Label name = new Label(b.label());
        name.getStyleClass().add("diagram-code");
        name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER); // a long name's two lines
        StackPane node;
        if (b.lines().isEmpty()) {
            node = new StackPane(r, name);
            node.setAlignment(Pos.CENTER);
        } else {
            // A category: its name at the top, the sub-codes it holds listed below, as the exports draw it.
            name.setStyle("-fx-font-weight: bold");
            javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(0, name);
            b.lines().forEach(line -> {
                Label sub = new Label(line);
                sub.getStyleClass().add("diagram-code");
                sub.setMinHeight(DrawnDiagram.LINE_HEIGHT);
                sub.setMaxHeight(DrawnDiagram.LINE_HEIGHT);
                content.getChildren().add(sub);
            });
            content.setPadding(new javafx.geometry.Insets(6, 10, 4, 10));
            content.setMouseTransparent(true);
            node = new StackPane(r, content);
            node.setAlignment(Pos.TOP_LEFT);
        }
        node.setId("diagram-code-" + b.codeId());
        node.setUserData(b.codeId());
        node.relocate(b.x(), b.y());
        MenuItem hide = new MenuItem(hideText);
        hide.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
        hide.setOnAction(e -> onHide.accept(b.codeId()));
        ContextMenu menu = new ContextMenu(hide);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
        double[] grab = new double[2];
        node.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                // In the canvas's own coordinates, so a drag follows the mouse at any zoom.
                javafx.geometry.Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
                grab[0] = at.getX() - node.getLayoutX();
                grab[1] = at.getY() - node.getLayoutY();
                node.toFront();
                e.consume();
            }
        });
        node.setOnMouseDragged(e -> {
            if (e.isPrimaryButtonDown()) {
                javafx.geometry.Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
                node.relocate(Math.max(0, at.getX() - grab[0]), Math.max(0, at.getY() - grab[1]));
                arrowsOfCode.getOrDefault(b.codeId(), List.of()).forEach(ArrowShape::update);
                e.consume();
            }
        });
        node.setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.PRIMARY && (node.getLayoutX() != b.x() || node.getLayoutY() != b.y())) {
                onMoved.accept(b.codeId(), new double[] {node.getLayoutX(), node.getLayoutY()});
            }
        });
        boxNodes.put(b.codeId(), node);
        return node;
    }

    /**
     * Moves what moved (a code dragged, a move undone) without drawing everything anew, when the diagram
     * still shows the same codes and arrows; false when it does not, and it must be drawn.
     */
    boolean reposition(DrawnDiagram d) {
        java.util.Set<String> arrowIds = new java.util.HashSet<>();
        arrowsOfCode.values().forEach(list -> list.forEach(a -> arrowIds.add(a.arrow.relationId())));
        boolean same = d.boxes().size() == boxData.size() && d.boxes().stream().allMatch(b -> boxData.containsKey(
                b.codeId()) && boxData.get(b.codeId()).frame() == b.frame())
                && d.arrows().size() == arrowIds.size() && d.arrows().stream().allMatch(a -> arrowIds.contains(
                a.relationId()));
        if (!same) {
            return false;
        }
        frames.getChildren().clear();
        java.util.Set<ArrowShape> moved = new java.util.HashSet<>();
        for (DrawnDiagram.Box b : d.boxes()) {
            DrawnDiagram.Box was = boxData.put(b.codeId(), b);
            if (b.frame()) {
                drawFrame(b);
                moved.addAll(arrowsOfCode.getOrDefault(b.codeId(), List.of()));
            } else if (was.x() != b.x() || was.y() != b.y()) {
                boxNodes.get(b.codeId()).relocate(b.x(), b.y());
                moved.addAll(arrowsOfCode.getOrDefault(b.codeId(), List.of()));
            }
        }
        // A move can give other arrows new ends (ends on a side are spread in the order of their other ends).
        Map<String, DrawnDiagram.Arrow> fresh = new HashMap<>();
        d.arrows().forEach(a -> fresh.put(a.relationId(), a));
        arrowsOfCode.values().forEach(shapes -> shapes.forEach(shape -> {
            DrawnDiagram.Arrow now = fresh.get(shape.arrow.relationId());
            if (!java.util.Arrays.equals(now.points(), shape.arrow.points()) || now.labelX() != shape.arrow.labelX()
                    || now.labelY() != shape.arrow.labelY()) {
                shape.arrow = now;
                moved.add(shape);
            }
        }));
        moved.forEach(ArrowShape::update);
        setPrefSize(d.width() + 200, d.height() + 100);
        return true;
    }

    /** A box where it is now (it may be moving), or a frame as drawn. */
    private DrawnDiagram.Box current(String codeId) {
        DrawnDiagram.Box b = boxData.get(codeId);
        StackPane node = boxNodes.get(codeId);
        return node == null ? b : b.at(node.getLayoutX(), node.getLayoutY());
    }
}
