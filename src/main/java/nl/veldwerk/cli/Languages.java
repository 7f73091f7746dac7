package nl.veldwerk.cli;

import java.util.Locale;

/** The languages Veldwerk writes in: English and Dutch ("nl-BE" is Dutch too); anything else is refused. */
final class Languages {
    private Languages() {
    }

    /**
     * The language asked for with --lang, or without it the project's own if Veldwerk writes it (a Dutch study's
     * report reads in Dutch, as the window writes it), else English.
     */
    static Locale ofOr(String tag, nl.veldwerk.model.Project project) throws CliFailure {
        if (tag != null) {
            return of(tag);
        }
        String language = project.info().language();
        return language.equals("nl") ? Locale.of("nl") : Locale.ENGLISH;
    }

    /**
     * The language to speak in before the project is read: the one asked for (refused at once when unknown), or
     * English until {@link #ofOr} knows the project's.
     */
    static Locale beforeReading(String tag) throws CliFailure {
        return tag == null ? Locale.ENGLISH : of(tag);
    }

    static Locale of(String tag) throws CliFailure {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        if (language.equals("en") || language.equals("nl")) {
            return Locale.of(language);
        }
        throw CliFailure.of("language.unknown", tag);
    }
}
