package nl.veldwerk.ui.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

import nl.veldwerk.model.UserText;

/** The user-visible strings of the window, in English or Dutch. */
public final class I18n {
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
        String pattern = UserText.bundle("nl.veldwerk.ui.messages", locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] rendered = Arrays.stream(args).map(a -> a instanceof UserText t ? t.text(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(rendered);
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
}
