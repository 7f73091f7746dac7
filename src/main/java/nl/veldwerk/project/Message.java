package nl.veldwerk.project;

import java.util.List;
import java.util.Locale;
import nl.veldwerk.model.UserText;

/**
 * A user-visible text kept as a resource-bundle key and its arguments, so the Edit menu can show a
 * command's description in the user's language.
 */
public record Message(String key, List<Object> args) {
    private static final String BUNDLE = "nl.veldwerk.project.messages";

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String text(Locale locale) {
        return userText().text(locale);
    }

    public UserText userText() {
        return new UserText(BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
