package nl.veldwerk.ui.diagrams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.veldwerk.analysis.DiagramEvidence;
import nl.veldwerk.analysis.DiagramLayout;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.testing.FxBench;

/**
 * The diagram benchmark (run by hand with bin/bench-diagram, never by the tests): 500 codes and 2,000
 * arrows over a project of 20,000 codings. Measures the layered layout, computing the drawing (evidence
 * and geometry), drawing it in a window to the end of the pulse, and dragging the code with the most
 * arrows, one mouse step at a time, to the end of each pulse.
 */
public final class DiagramBench {
    private DiagramBench() {
    }

    private static List<String> runs(List<Double> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList();
    }

    public static void main(String[] args) throws Exception {
        Project p = project(new Random(7));
        List<String> ids = p.codes().stream().map(Code::id).toList();
        List<Relation> relations = List.copyOf(p.relations());
        List<Double> layout = new ArrayList<>();
        Map<String, double[]> corners = null;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            corners = DiagramLayout.layered(p, ids, relations);
            layout.add((System.nanoTime() - t) / 1e6);
        }
        Map<String, double[]> at = corners;
        Diagram diagram = new Diagram("d", "Bench", ids.stream().map(id -> new DiagramNode(id, at.get(id)[0],
                at.get(id)[1], false)).toList(), relations.stream().map(Relation::id).toList());
        p.put(diagram);
        List<Double> compute = new ArrayList<>();
        DrawnDiagram drawn = null;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            drawn = DrawnDiagram.of(p, diagram, new DiagramEvidence(p));
            compute.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%d codes, %d arrows, %d codings%n", ids.size(), relations.size(),
                p.codings().size());
        System.out.printf(Locale.ROOT, "layered layout: median %.1f ms (runs: %s; one thread) (target < 1000 ms)%n",
                FxBench.median(layout), runs(layout));
        System.out.printf(Locale.ROOT, "evidence and geometry of every arrow: median %.1f ms (runs: %s; one thread)%n",
                FxBench.median(compute), runs(compute));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DiagramCanvas canvas = new DiagramCanvas();
        Stage[] stage = new Stage[1];
        FxBench.onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new ScrollPane(canvas), 1400, 900));
            stage[0].show();
        });
        DrawnDiagram d = drawn;
        List<Double> draw = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            draw.add(FxBench.timeToPulse(stage[0], () -> canvas.draw(d, "Hide")));
        }
        System.out.printf(Locale.ROOT, "draw the whole diagram in the window: median %.1f ms (runs: %s)%n",
                FxBench.median(draw), runs(draw));

        // What the user waits for when a diagram is laid out anew: layout, evidence and geometry, drawing, to the
        // end of the pulse that shows it, all on the FX thread as the window does it.
        List<Double> full = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            full.add(FxBench.timeToPulse(stage[0], () -> {
                Map<String, double[]> laid = DiagramLayout.layered(p, ids, relations);
                Diagram again = new Diagram("d", "Bench", ids.stream().map(id -> new DiagramNode(id, laid.get(id)[0],
                        laid.get(id)[1], false)).toList(), relations.stream().map(Relation::id).toList());
                p.put(again);
                canvas.draw(DrawnDiagram.of(p, again, new DiagramEvidence(p)), "Hide");
            }));
        }
        System.out.printf(Locale.ROOT, "full draw (layout, evidence and geometry, drawing, to the pulse; FX thread): "
                + "median %.1f ms (runs: %s)%n", FxBench.median(full), runs(full));

        // Drag the code with the most arrows, as the mouse would: press, 60 small moves, release.
        Map<String, Integer> degree = new HashMap<>();
        relations.forEach(r -> {
            degree.merge(r.sourceCodeId(), 1, Integer::sum);
            degree.merge(r.targetCodeId(), 1, Integer::sum);
        });
        String busiest = Collections.max(degree.entrySet(), Map.Entry.comparingByValue()).getKey();
        StackPane node = (StackPane) stage[0].getScene().lookup("#diagram-code-" + busiest);
        List<Double> steps = new ArrayList<>();
        FxBench.onFx(() -> fire(node, javafx.scene.input.MouseEvent.MOUSE_PRESSED, 0));
        for (int i = 1; i <= 60; i++) {
            int dx = i * 3;
            steps.add(FxBench.timeToPulse(stage[0], () -> fire(node, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, dx)));
        }
        System.out.printf(Locale.ROOT, "drag the busiest code (%d arrows): step median %.1f ms, max %.1f ms "
                + "(no stall: < 100 ms)%n", degree.get(busiest), FxBench.median(steps), Collections.max(steps));
        // The drop: the move becomes a command and the window redraws only what moved (evidence kept).
        DiagramEvidence kept = new DiagramEvidence(p);
        DrawnDiagram.of(p, diagram, kept);
        List<Double> drops = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            double y = 40 + i * 7;
            drops.add(FxBench.timeToPulse(stage[0], () -> {
                Diagram movedDiagram = diagram.withNodes(diagram.nodes().stream().map(n -> n.codeId().equals(busiest)
                        ? n.movedTo(n.x() + 30, y) : n).toList());
                if (!canvas.reposition(DrawnDiagram.of(p, movedDiagram, kept))) {
                    throw new IllegalStateException("a move should not redraw everything");
                }
            }));
        }
        System.out.printf(Locale.ROOT, "drop it (geometry again, move only what moved): median %.1f ms%n",
                FxBench.median(drops));
        FxBench.onFx(() -> stage[0].close());
        Platform.exit();
    }

    private static void fire(StackPane node, javafx.event.EventType<javafx.scene.input.MouseEvent> type, double dx) {
        javafx.geometry.Point2D scene = node.localToScene(10, 10);
        node.fireEvent(new javafx.scene.input.MouseEvent(type, 10, 10, scene.getX() + dx, scene.getY(),
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                false, false, null));
    }

    /** 1 core, 99 categories and 400 mechanisms (flat, so nothing is a frame); 2,000 relations; 20,000 codings. */
    static Project project(Random random) {
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Project p = new Project(ProjectInfo.named("Diagram bench", t));
        p.put(Code.of("core", "Individueel gebruik", Colors.palette(0), null).withPhase(Phase.SELECTIVE));
        for (int i = 0; i < 99; i++) {
            p.put(Code.of("cat" + i, "Categorie " + i, Colors.palette(i + 1), null).withPhase(Phase.AXIAL));
        }
        for (int i = 0; i < 400; i++) {
            p.put(Code.of("m" + i, "Mechanisme " + i, Colors.palette(i + 100), null).withPhase(Phase.OPEN));
        }
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            relations.add(relation("m" + i, "cat" + (i % 99)));
        }
        for (int i = 0; i < 99; i++) {
            relations.add(relation("cat" + i, "core"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        relations.forEach(r -> seen.add(r.sourceCodeId() + ">" + r.targetCodeId()));
        while (relations.size() < 2000) {
            int a = random.nextInt(400);
            int b = random.nextInt(400);
            String source = "m" + Math.min(a, b);
            String target = random.nextBoolean() ? "m" + Math.max(a, b) : "cat" + random.nextInt(99);
            if (!source.equals(target) && seen.add(source + ">" + target)) {
                relations.add(relation(source, target));
            }
        }
        relations.forEach(p::put);
        String text = "Dit is een zin uit een interview over de wijk en de voorzieningen. ".repeat(300);
        for (int d = 0; d < 20; d++) {
            p.put(Document.of("d" + d, "A" + d, text, SourceFormat.TXT, List.of(), t));
        }
        for (int q = 0; q < 20_000; q++) {
            int start = random.nextInt(text.length() - 200);
            String id = "q" + q;
            p.put(new Quotation(id, "d" + (q % 20), start, start + 20 + random.nextInt(150), "", null, t));
            String code = q % 10 == 0 ? "core" : "m" + random.nextInt(400);
            p.put(new Coding(id + "c", id, code, null, t));
        }
        return p;
    }

    private static Relation relation(String source, String target) {
        return new Relation(source + ">" + target, source, target, null, "", 0, "");
    }
}
