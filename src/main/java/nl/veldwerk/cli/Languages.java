package nl.veldwerk.cli;

import java.util.Locale;

/** The languages Veldwerk writes in: English and Dutch ("nl-BE" is Dutch too); anything else is refused. */
final class Languages {
    private Languages() {
    }

    static Locale of(String tag) throws CliFailure {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        if (language.equals("en") || language.equals("nl")) {
            return Locale.of(language);
        }
        throw CliFailure.of("language.unknown", tag);
    }
}
