package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/**
 * English asked for is English on a Dutch machine: our bundles have no messages_en (the base file is English),
 * and the JDK's default lookup would fall back to the machine's language (messages_nl) before the base file.
 * Logs, exception messages and the command line are in English, and a user may choose English in the window.
 */
class UserTextLanguageTest {
    @Test
    void englishIsEnglishWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        Locale chosen = I18n.locale();
        try {
            Locale.setDefault(Locale.of("nl", "NL"));
            UserText text = UserText.of(Project.class, "remove.applied", "Bereik");
            assertEquals("cannot remove: Bereik is still applied", text.text(Locale.ENGLISH));
            assertEquals("cannot remove: Bereik is still applied", text.toString());
            assertEquals("kan niet verwijderen: Bereik is nog toegepast", text.text(Locale.of("nl")));
            assertEquals("cannot remove: Bereik is still applied", text.text(Locale.GERMAN), "a language we lack");
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("File", I18n.text("menu.file"));
            I18n.setLocale(Locale.of("nl"));
            assertEquals("Bestand", I18n.text("menu.file"));
        } finally {
            Locale.setDefault(before);
            I18n.setLocale(chosen);
        }
    }
}
