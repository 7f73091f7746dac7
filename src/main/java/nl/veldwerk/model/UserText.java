package nl.veldwerk.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence meant for a user, kept as a resource-bundle key and its arguments rather than as finished
 * English, so the window can show it in the user's language. Each layer keeps its own bundle
 * ({@code nl/veldwerk/<layer>/messages*.properties}); arguments that are themselves {@code UserText}
 * are rendered in the same language, so a reason can be nested inside a larger message.
 */
public record UserText(String bundle, String key, List<Object> args) {
    public UserText {
        args = List.copyOf(args);
    }

    /** A text from the bundle of {@code layer}'s package, e.g. {@code of(Project.class, "key")}. */
    public static UserText of(Class<?> layer, String key, Object... args) {
        return new UserText(layer.getPackageName() + ".messages", key, List.of(args));
    }

    /** A text that is already finished, such as a detail reported by the operating system. */
    public static UserText literal(String text) {
        return new UserText("", text, List.of());
    }

    public String text(Locale locale) {
        if (bundle.isEmpty()) {
            return key;
        }
        Object[] rendered = args.stream().map(a -> a instanceof UserText t ? t.text(locale) : a).toArray();
        try {
            return FORMATS.get().computeIfAbsent(bundle + '\n' + key + '\n' + locale.toLanguageTag(),
                    k -> new MessageFormat(bundle(bundle, locale).getString(key), locale))
                    .format(rendered);
        } catch (MissingResourceException e) {
            return key + List.of(rendered); // a missing key shows up in tests instead of throwing at a user
        }
    }

    /**
     * Each thread's formats by bundle, key and language: parsing a pattern costs more than formatting with it,
     * and a report of a million quotations formats millions of lines. A format is not safe to share between
     * threads, hence one cache per thread (a few hundred keys at most).
     */
    private static final ThreadLocal<java.util.Map<String, MessageFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** Our bundles' texts never fall back to the machine's language: English asked for is English everywhere. */
    private static final ResourceBundle.Control OURS = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A bundle of ours in {@code locale}: its own file (messages_nl) or the base file, which is English. Not the
     * machine's default language in between (the JDK's default lookup would give Dutch for English on a Dutch
     * machine, since there is no messages_en).
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, OURS);
    }

    /** English, the language of logs, the command line and exception messages. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    /** Implemented by exceptions whose message is meant for a user. */
    public interface Carrier {
        UserText userText();
    }
}
