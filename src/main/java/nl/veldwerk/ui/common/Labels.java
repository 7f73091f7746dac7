package nl.veldwerk.ui.common;

import java.util.Locale;

import javafx.util.StringConverter;

/** Shows enum values in the user's language: key prefix plus the constant's name in lower case. */
public final class Labels {
    private Labels() {
    }

    /** Shows each value as {@code text} says (choice boxes and combo boxes only show, never parse). */
    public static <T> StringConverter<T> shown(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // nothing here is typed in
            }
        };
    }

    public static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : I18n.text(prefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /**
     * How wide a label's text is in the default font: for a control that sizes itself by something else
     * (a choice box by its items, a column by nothing), so its label is not cut short in a longer language.
     */
    public static double widthOf(String text) {
        return new javafx.scene.text.Text(text).getLayoutBounds().getWidth();
    }

    /** The width of {@code text} in a font of {@code size} points (a label styled smaller than the default). */
    public static double widthOf(String text, double size) {
        return widthOf(text, javafx.scene.text.Font.font(size));
    }

    /** The width of {@code text} in {@code font} (a bold heading, say). */
    public static double widthOf(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
