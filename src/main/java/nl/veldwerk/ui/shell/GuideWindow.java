package nl.veldwerk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * Help → Guide: the short user guide of docs/guide (shipped in the app), in the interface's language. The
 * guide is plain Markdown that also reads well on the web; this shows the little of it that it uses:
 * headings, paragraphs, bullets and screenshots.
 */
final class GuideWindow {
    private static final String FOLDER = "/nl/veldwerk/guide/";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");
    private static final double WIDTH = 820;

    private GuideWindow() {
    }

    static void open(Window owner) {
        VBox page = new VBox(10);
        page.setId("guide");
        page.setPadding(new Insets(16, 24, 24, 24));
        page.getChildren().addAll(render(read()));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.text("help.guide"));
        Scene scene = new Scene(scroll, WIDTH + 60, 760);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        stage.show();
    }

    /** The guide in the interface's language (Dutch or English). */
    static String read() {
        String name = "nl".equals(I18n.locale().getLanguage()) ? "guide_nl.md" : "guide.md";
        try (InputStream in = GuideWindow.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return "# " + I18n.text("help.guide") + "\n\n" + I18n.text("help.guideMissing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings (#, ##), bullets (- ), images (![alt](img/x.png)) and paragraphs; inline marks are dropped. */
    static List<Node> render(String markdown) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inBullet = false;
        for (String line : markdown.split("\n")) {
            String l = line.strip();
            Matcher image = IMAGE.matcher(l);
            // An indented line after a bullet goes on with that bullet.
            if (inBullet && !l.isEmpty() && line.startsWith("  ") && !l.startsWith("- ")) {
                paragraph.append(' ').append(l);
                continue;
            }
            boolean special = l.isEmpty() || l.startsWith("#") || l.startsWith("- ") || image.matches();
            if (special && !paragraph.isEmpty()) {
                nodes.add(text(paragraph.toString(), inBullet ? "guide-bullet" : "guide-text"));
                paragraph.setLength(0);
            }
            inBullet = l.startsWith("- ");
            if (l.startsWith("## ")) {
                nodes.add(text(l.substring(3), "guide-h2"));
            } else if (l.startsWith("# ")) {
                nodes.add(text(l.substring(2), "guide-h1"));
            } else if (l.startsWith("- ")) {
                paragraph.append("•  ").append(l.substring(2));
            } else if (image.matches()) {
                URL url = GuideWindow.class.getResource(FOLDER + image.group(2));
                if (url != null) {
                    ImageView view = new ImageView(new Image(url.toExternalForm()));
                    view.setPreserveRatio(true);
                    view.setFitWidth(Math.min(WIDTH, view.getImage().getWidth()));
                    view.setAccessibleText(image.group(1));
                    nodes.add(view);
                }
            } else if (!l.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
            }
        }
        if (!paragraph.isEmpty()) {
            nodes.add(text(paragraph.toString(), inBullet ? "guide-bullet" : "guide-text"));
        }
        return nodes;
    }

    private static Label text(String markdown, String style) {
        Label label = new Label(markdown.replaceAll("\\*\\*|`|(?<![\\w])_|_(?![\\w])", ""));
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        label.getStyleClass().add(style);
        return label;
    }
}
