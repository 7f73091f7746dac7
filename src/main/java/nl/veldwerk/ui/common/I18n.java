package nl.veldwerk.ui.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.veldwerk.model.UserText;

/** The user-visible strings of the window, in English or Dutch. */
public final class I18n {
    private static final String BUNDLE = "nl.veldwerk.ui.messages";
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static Locale locale = Locale.getDefault().getLanguage().equals("nl") ? Locale.of("nl") : Locale.ENGLISH;

    private I18n() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static String text(String key, Object... args) {
        Locale language = locale;
        if (args.length == 0) {
            return UserText.bundle(BUNDLE, language).getString(key);
        }
        Object[] rendered = Arrays.stream(args).map(a -> a instanceof UserText t ? t.text(language) : a).toArray();
        // Parsed once per text and language: parsing the pattern (with its choice formats) at every call was
        // most of the cost of a document row's "n quotations" redrawn at each coding.
        MessageFormat format = FORMATS.computeIfAbsent(language.toLanguageTag() + '/' + key,
                k -> new MessageFormat(UserText.bundle(BUNDLE, language).getString(key), language));
        synchronized (format) { // a MessageFormat is not safe for threads; background work formats texts too
            return format.format(rendered);
        }
    }

    /** A core text in the user's language. */
    public static String text(UserText text) {
        return text.text(locale);
    }

    /**
     * What went wrong, for an error dialog: the core's own words in the user's language when the
     * exception carries them, otherwise its message (or its kind, when it has none).
     */
    public static String message(Throwable e) {
        Throwable shown = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                ? e.getCause() : e;
        if (shown instanceof UserText.Carrier carrier) {
            return carrier.userText().text(locale);
        }
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }

    /**
     * A refusal of the model shown on its own, begun as a sentence: those are written to follow "Could not …:"
     * ("code ‘X’ cannot be put under its own sub-code"), and a dialog showed them starting in lower case.
     * (Only those: a message that begins with a file's name keeps the name as it is.)
     */
    public static String sentence(String message) {
        return message == null || message.isEmpty() || !Character.isLowerCase(message.charAt(0)) ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
