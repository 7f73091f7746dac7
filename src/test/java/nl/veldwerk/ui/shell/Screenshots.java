package nl.veldwerk.ui.shell;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.codebook.CodeManagerWindow;
import nl.veldwerk.ui.coding.QuotationManagerWindow;
import nl.veldwerk.ui.common.I18n;

/**
 * The screenshots of the README and the user guide, taken from the real window on the sample project (run
 * by hand with bin/screenshots, under Xvfb with the desktop toolkit, never by the tests): the coding screen
 * with its margin at 1366 × 768, the code manager, the quotation manager and keyword in context, in English
 * and Dutch. Each is the window's own rendering of its scene, so no window manager or desktop shows in it.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.of("nl"))) {
            shoot(root, locale);
        }
        Platform.exit();
    }

    private static void shoot(Path root, Locale locale) throws Exception {
        String suffix = locale.getLanguage().equals("nl") ? "-nl" : "";
        Path sample = WindowTestSupport.copySample(Files.createTempDirectory("veldwerk-shots").resolve("wijk-y"));
        Workbench[] workbench = new Workbench[1];
        Stage[] stage = new Stage[1];
        FxBench.onFx(() -> {
            I18n.setLocale(locale);
            workbench[0] = new Workbench(new RecordingDialogs());
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new MainView(workbench[0]), 1366, 768));
            stage[0].titleProperty().bind(workbench[0].main().titleProperty());
            stage[0].show();
            workbench[0].main().open(sample);
        });
        MainViewModel vm = workbench[0].main();
        FxBench.waitUntil(() -> vm.storeProperty().get() != null && !vm.busyProperty().get());
        // A06's passage on shame: several codes on overlapping quotations, as the margin is made to show.
        FxBench.onFx(() -> {
            Project p = vm.session().project();
            Quotation shown = p.quotations().stream().filter(q -> p.document(q.documentId()).orElseThrow().name()
                    .equals("A06")).max(java.util.Comparator.comparingInt(q -> p.codingsOf(q.id()).size()))
                    .orElseThrow();
            vm.selectedQuotationProperty().set(shown);
        });
        settle();
        write(stage[0].getScene(), root.resolve("docs/images/workbench" + suffix + ".png"));
        write(stage[0].getScene(), root.resolve("docs/guide/img/coding" + suffix + ".png"));
        FxBench.onFx(() -> CodeManagerWindow.open(stage[0], workbench[0].codebook()));
        settle();
        write(newest(stage[0]), root.resolve("docs/images/code-manager" + suffix + ".png"));
        write(newest(stage[0]), root.resolve("docs/guide/img/code-manager" + suffix + ".png"));
        FxBench.onFx(() -> QuotationManagerWindow.open(stage[0], vm));
        settle();
        write(newest(stage[0]), root.resolve("docs/guide/img/quotation-manager" + suffix + ".png"));
        FxBench.onFx(() -> {
            javafx.scene.control.TabPane explorer = (javafx.scene.control.TabPane) stage[0].getScene()
                    .lookup("#explorer");
            explorer.getSelectionModel().select(4);
            ((javafx.scene.control.TextField) stage[0].getScene().lookup("#search-query")).setText("voorziening");
            workbench[0].search().leftOutSpeakers().add("Interviewer");
            ((javafx.scene.control.Button) stage[0].getScene().lookup("#kwic")).fire();
        });
        settle();
        write(newest(stage[0]), root.resolve("docs/guide/img/kwic" + suffix + ".png"));
        // The import preview over transcripts of several layouts (the test corpus), cancelled afterwards.
        Path layouts = root.resolve("src/test/resources/nl/veldwerk/importer/layouts");
        javafx.application.Platform.runLater(() -> vm.files().importTranscripts(java.util.stream.Stream.of(
                "word-transcribe.txt", "teams.txt", "f4.txt", "zoom.vtt", "hard-wrapped.txt", "book.txt")
                .map(layouts::resolve).toList()));
        settle();
        settle();
        write(newest(stage[0]), root.resolve("docs/guide/img/import-preview" + suffix + ".png"));
        FxBench.onFx(() -> newest(stage[0]).getWindow().hide());
        FxBench.onFx(() -> nl.veldwerk.ui.documents.SpeakersWindow.open(stage[0], vm));
        settle();
        write(newest(stage[0]), root.resolve("docs/guide/img/speakers" + suffix + ".png"));
        FxBench.onFx(() -> newest(stage[0]).getWindow().hide());
        // The sample's model as the Diagrams tab opens it.
        FxBench.onFx(() -> nl.veldwerk.ui.diagrams.DiagramWindow.open(stage[0], vm, vm.session().project().diagrams()
                .iterator().next().id()));
        settle();
        write(newest(stage[0]), root.resolve("docs/guide/img/diagram" + suffix + ".png"));
        FxBench.onFx(() -> newest(stage[0]).getWindow().hide());
        // Suggestions: an answer that no quotation covers yet, selected, and Ctrl+K's picker over it.
        int[] range = new int[2];
        FxBench.onFx(() -> {
            Project p = vm.session().project();
            for (var d : p.documents().stream().sorted(java.util.Comparator.comparing(x -> x.name())).toList()) {
                int at = 0;
                for (String line : d.text().split("\n", -1)) {
                    int from = at;
                    int to = at + line.length();
                    boolean free = p.quotationsOf(d.id()).stream().noneMatch(q -> q.start() < to && from < q.end());
                    if (range[1] == 0 && free && line.startsWith(d.name() + ": ") && line.length() > 60) {
                        range[0] = from + d.name().length() + 2;
                        range[1] = to;
                        vm.selectedQuotationProperty().set(p.quotationsOf(d.id()).getFirst()); // opens it
                    }
                    at = to + 1;
                }
            }
        });
        settle();
        FxBench.onFx(() -> {
            var area = (org.fxmisc.richtext.InlineCssTextArea) stage[0].getScene().lookup("#transcript");
            area.selectRange(range[0], range[1]);
            area.requestFocus();
            stage[0].getScene().getRoot().lookupAll("*").stream()
                    .filter(n -> n instanceof nl.veldwerk.ui.coding.TranscriptPane).findFirst()
                    .map(n -> (nl.veldwerk.ui.coding.TranscriptPane) n).orElseThrow().openPicker();
        });
        settle();
        settle();
        write(stage[0].getScene(), root.resolve("docs/guide/img/suggestions" + suffix + ".png"), true);
        FxBench.onFx(() -> new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage[0])
                .forEach(Window::hide));
        // A recording beside its transcript: the test fixture (espeak-ng), its second turn being played, and
        // transcription mode on with a question being typed.
        Path media = root.resolve("src/test/resources/nl/veldwerk/media");
        String text = Files.readString(media.resolve("interview-nl.txt"));
        int second = text.indexOf("[00:00:04]");
        FxBench.onFx(() -> {
            nl.veldwerk.model.Document d = new nl.veldwerk.model.Document(nl.veldwerk.model.Ids.newId(), "Opname B07",
                    "", text, nl.veldwerk.model.SourceFormat.TXT, List.of(
                    new nl.veldwerk.model.SpeakerTurn("Interviewer", 0, second, 0L),
                    new nl.veldwerk.model.SpeakerTurn("Respondent", second, text.length(), 4000L)), null, null,
                    java.time.Instant.now(), 0, new nl.veldwerk.model.Recording(media.resolve("interview-nl.wav")
                    .toAbsolutePath().toString()));
            vm.session().execute(nl.veldwerk.project.DocumentCommands.add(d));
            vm.documents().stream().filter(i -> i.document().id().equals(d.id())).findFirst()
                    .ifPresent(vm.selectedProperty()::set);
        });
        FxBench.waitUntil(() -> workbench[0].media().stateProperty().get()
                == nl.veldwerk.ui.media.MediaViewModel.State.READY);
        FxBench.onFx(() -> {
            workbench[0].media().seek(5200);
            vm.playback().transcribingProperty().set(true);
            var area = (org.fxmisc.richtext.InlineCssTextArea) stage[0].getScene().lookup("#transcript");
            area.requestFocus();
            area.moveTo(area.getLength() - 1); // at the end of the answer, before the closing line break
            vm.playback().typist().insertTimeMark(7600);
            vm.playback().typist().insertNextSpeaker();
            area.replaceSelection("En wat vindt u daar van de koffie?"); // the sample data is Dutch
        });
        settle();
        settle();
        write(stage[0].getScene(), root.resolve("docs/guide/img/player" + suffix + ".png"));
        FxBench.onFx(() -> {
            new java.util.ArrayList<>(Window.getWindows()).forEach(Window::hide);
            workbench[0].shutdown();
        });
    }

    /** The window opened last (over the main one). */
    private static Scene newest(Stage main) {
        List<Window> windows = Window.getWindows();
        return windows.stream().filter(w -> w != main && w.isShowing()).reduce((a, b) -> b).orElse(main).getScene();
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            Thread.sleep(250);
            FxBench.onFx(() -> { });
        }
    }

    private static void write(Scene scene, Path file) throws Exception {
        write(scene, file, false);
    }

    /** With {@code withPopups}, what popups (the code picker) show over the scene is drawn in too. */
    private static void write(Scene scene, Path file, boolean withPopups) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        FxBench.onFx(() -> {
            shot[0] = scene.snapshot(null);
            if (withPopups) {
                for (Window w : Window.getWindows()) {
                    if (w instanceof javafx.stage.PopupWindow popup && popup.isShowing() && popup.getOwnerWindow()
                            == scene.getWindow()) {
                        WritableImage part = popup.getScene().snapshot(null);
                        int x = (int) (popup.getX() - scene.getWindow().getX() - scene.getX());
                        int y = (int) (popup.getY() - scene.getWindow().getY() - scene.getY());
                        var writer = shot[0].getPixelWriter();
                        var reader = part.getPixelReader();
                        for (int py = 0; py < part.getHeight(); py++) {
                            for (int px = 0; px < part.getWidth(); px++) {
                                int tx = x + px;
                                int ty = y + py;
                                if (tx >= 0 && ty >= 0 && tx < shot[0].getWidth() && ty < shot[0].getHeight()) {
                                    writer.setArgb(tx, ty, reader.getArgb(px, py) | 0xff000000);
                                }
                            }
                        }
                    }
                }
            }
        });
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file + " (" + w + " × " + h + ")");
    }
}
