package nl.veldwerk.interop;

import java.util.List;
import java.util.Map;

/** What an import brought in (counts by kind) and what it left out, each with the reason. */
public record ImportSummary(String origin, Map<String, Integer> imported, List<String> skipped) {
    public ImportSummary {
        imported = Map.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    public int count(String kind) {
        return imported.getOrDefault(kind, 0);
    }

    /** A few lines for a dialog or the terminal. */
    public String describe() {
        StringBuilder text = new StringBuilder("Imported from " + (origin.isBlank() ? "an unknown tool" : origin)
                + ":");
        for (String kind : List.of("documents", "quotations", "codings", "codes", "memos", "relations", "groups",
                "attributes", "coders")) {
            text.append(' ').append(count(kind)).append(' ').append(kind).append(',');
        }
        text.setLength(text.length() - 1);
        text.append('.');
        if (!skipped.isEmpty()) {
            text.append("\nNot imported (").append(skipped.size()).append("):");
            skipped.stream().limit(50).forEach(s -> text.append("\n- ").append(s));
            if (skipped.size() > 50) {
                text.append("\n- … and ").append(skipped.size() - 50).append(" more");
            }
        }
        return text.toString();
    }
}
