package nl.veldwerk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
        String pattern = ResourceBundle.getBundle("nl.veldwerk.ui.messages", locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
