package nl.veldwerk.interop;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veldwerk.model.UserText;

/** What an import brought in (counts by kind) and what it left out, each with the reason. */
public record ImportSummary(String origin, Map<String, Integer> imported, List<UserText> skipped) {
    private static final List<String> KINDS = List.of("documents", "quotations", "codings", "codes", "memos",
            "relations", "groups", "attributes", "coders");
    private static final int LISTED = 50;

    public ImportSummary {
        imported = Map.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    public int count(String kind) {
        return imported.getOrDefault(kind, 0);
    }

    /** The first line: what came in, by kind. */
    public String headline(Locale locale) {
        String from = origin.isBlank() ? text("summary.unknownTool").text(locale) : origin;
        if (!imported.isEmpty() && imported.keySet().stream().allMatch(k -> k.equals("codes") || k.equals("relations"))) {
            return text("summary.importedCodes", from, count("codes"), count("relations")).text(locale); // a codebook
        }
        Object[] args = new Object[KINDS.size() + 1];
        args[0] = origin.isBlank() ? text("summary.unknownTool").text(locale) : origin;
        for (int i = 0; i < KINDS.size(); i++) {
            args[i + 1] = count(KINDS.get(i));
        }
        return text("summary.imported", args).text(locale);
    }

    /** A few lines for a dialog or the terminal. */
    public String describe(Locale locale) {
        return describe(locale, LISTED);
    }

    /** The headline and the first {@code listed} of what was left out or changed, then how many more. */
    String describe(Locale locale, int listed) {
        StringBuilder text = new StringBuilder(headline(locale));
        if (!skipped.isEmpty()) {
            text.append('\n').append(text("summary.skipped", skipped.size()).text(locale));
            skipped.stream().limit(listed).forEach(s -> text.append("\n- ").append(s.text(locale)));
            if (skipped.size() > listed) {
                text.append("\n- ").append(text("summary.more", skipped.size() - listed).text(locale));
            }
        }
        return text.toString();
    }

    private static UserText text(String key, Object... args) {
        return UserText.of(ImportSummary.class, key, args);
    }
}
