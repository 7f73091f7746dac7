package nl.veldwerk.ui.common;

/** The window's one style sheet, for every scene (the main window, the diagram and analysis windows). */
public final class Styles {
    public static final String SHEET = Styles.class.getResource("/nl/veldwerk/ui/veldwerk.css").toExternalForm();

    private Styles() {
    }
}
