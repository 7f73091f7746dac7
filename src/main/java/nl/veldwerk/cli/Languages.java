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

    /** A file's name must end in {@code ending} (".docx"): a Word file named .xlsx, or a project named .csv, was written. */
    static void requireEnding(java.nio.file.Path file, String ending) throws CliFailure {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(ending)) {
            throw CliFailure.of("file.ending", file, ending);
        }
    }

    static Locale of(String tag) throws CliFailure {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        if (language.equals("en") || language.equals("nl")) {
            return Locale.of(language);
        }
        throw CliFailure.of("language.unknown", tag);
    }
}
