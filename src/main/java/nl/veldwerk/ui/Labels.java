package nl.veldwerk.ui;

import java.util.Locale;

import javafx.util.StringConverter;

/** Shows enum values in the user's language: key prefix plus the constant's name in lower case. */
final class Labels {
    private Labels() {
    }

    static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
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
}
