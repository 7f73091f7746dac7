package nl.veldwerk.ui.search;

import java.util.List;
import java.util.stream.Collectors;

import nl.veldwerk.model.Project;
import nl.veldwerk.search.Concordance;
import nl.veldwerk.ui.common.I18n;

/**
 * The words of a query that keyword in context and code the hits look for, and those they leave out as too
 * common to look for alone (a stop word outside quotes, as the search does): a window names the first and says
 * the second, rather than naming a word it did not look for.
 */
record QueryWords(List<String> lookedFor, List<String> tooCommon) {
    static QueryWords of(Project p, List<String> words) {
        List<String> tooCommon = Concordance.tooCommon(p.info().language(), words);
        return new QueryWords(words.stream().filter(w -> !tooCommon.contains(w)).toList(), tooCommon);
    }

    /** The words looked for; the words asked for when none is (all too common), so a title is never empty. */
    String named() {
        return String.join(", ", lookedFor.isEmpty() ? tooCommon : lookedFor);
    }

    /** "“geen” not looked for: …", or empty when every word was looked for. */
    String leftOutSaid() {
        return tooCommon.isEmpty() ? "" : I18n.text("search.wordsTooCommon", tooCommon.stream()
                .map(w -> "“" + w + "”").collect(Collectors.joining(", ")), tooCommon.size());
    }
}
