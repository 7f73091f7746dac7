package nl.veldwerk.search;

import nl.veldwerk.model.UserText;

/**
 * What is wrong with a search the query parser refuses, said in the user's words: the parser's own message
 * ("Lexical error at line 1, column 15. Encountered: &lt;EOF&gt; after prefix …") names its grammar, not the
 * quote left open. The mistakes people make are looked for in the order they would be fixed.
 */
public final class QuerySyntax {
    private QuerySyntax() {
    }

    /** The problem of a query the parser refused; a general hint when none of the common ones is found. */
    public static UserText problem(String query) {
        UserText found = commonProblem(query);
        return found != null ? found : text("query.general");
    }

    /** A quote or bracket left open, a bracket closed too often, a word starting with a wildcard, an operator alone. */
    static UserText commonProblem(String query) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is only that character
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return text("query.unexpected", ")");
            }
        }
        if (quoted) {
            return text("query.quote");
        }
        if (depth > 0) {
            return text("query.closing");
        }
        String[] words = query.strip().split("[\\s()]+");
        for (String word : words) {
            String bare = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
            int colon = bare.indexOf(':');
            String term = colon >= 0 ? bare.substring(colon + 1) : bare;
            if (term.startsWith("*") || term.startsWith("?")) {
                return text("query.leadingWildcard", word);
            }
        }
        if (words.length > 0) {
            String last = words[words.length - 1];
            String first = words[0];
            for (String operator : new String[] {"AND", "OR", "NOT", "&&", "||"}) {
                if (last.equals(operator) || (first.equals(operator) && !operator.equals("NOT"))) {
                    return text("query.operatorAlone", operator);
                }
            }
        }
        return null;
    }

    private static UserText text(String key, Object... args) {
        return UserText.of(QuerySyntax.class, key, args);
    }
}
