package nl.veldwerk.ui.common;

import java.util.List;
import java.util.Locale;

import nl.veldwerk.model.Project;

/**
 * The language reports are written in: the project's own (a Dutch study's report reads in Dutch whatever
 * language the window speaks), else the window's; the report dialog lets the user choose another.
 */
public final class ReportLanguage {
    /** The languages reports are written in, each named in itself. */
    public static final List<Locale> CHOICES = List.of(Locale.ENGLISH, Locale.of("nl"));

    private ReportLanguage() {
    }

    public static Locale of(Project p) {
        String language = p.info().language();
        return CHOICES.stream().filter(l -> l.getLanguage().equals(language)).findFirst()
                .orElse(Locale.of(I18n.locale().getLanguage()));
    }

    /** "English", "Nederlands": a language named in its own words, as language menus do. */
    public static String name(Locale l) {
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? l.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
