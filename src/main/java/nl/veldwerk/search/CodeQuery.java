package nl.veldwerk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.UserText;

/**
 * ATLAS.ti's query tool over codes: which quotations a combination of codes selects.
 * <pre>
 *   query   := either ("OR" either)*
 *   either  := unit ("AND" unit)*
 *   unit    := "NOT" unit | "(" query ")" | code [("OVERLAPS" | "WITHIN" | "ENCLOSES") code]
 *   code    := ["ONLY"] ("a code name in quotes" | OneWordName)
 * </pre>
 * A AND B: quotations with both codes; A OR B: with either; NOT A: without A. A OVERLAPS B: A's
 * quotations that share text with one of B's (co-occurrence); A WITHIN B: A's that lie inside one of B's;
 * A ENCLOSES B: A's that contain one of B's. One quotation with both codes satisfies all three; a code against
 * itself compares each of its quotations with the others. A code with sub-codes stands for their quotations too;
 * ONLY A for those coded with A itself.
 */
public final class CodeQuery {
    /** A query that does not parse or names a code the project lacks. */
    public static final class BadCodeQuery extends Exception implements UserText.Carrier {
        private final transient UserText text;

        BadCodeQuery(String key, Object... args) {
            super(UserText.of(CodeQuery.class, key, args).toString());
            this.text = UserText.of(CodeQuery.class, key, args);
        }

        @Override
        public UserText userText() {
            return text;
        }
    }

    private final Project project;
    private final List<String> tokens;
    private int at;
    /** The names of codes the query named without ONLY that have sub-codes: their quotations were taken too. */
    private final java.util.LinkedHashSet<String> withSubCodes = new java.util.LinkedHashSet<>();

    /**
     * What a query selects, and the categories in it that stood for their sub-codes too (said beside the count: a
     * saved query naming a category selected only the category's own codings before).
     */
    public record Answer(List<Quotation> quotations, List<String> withSubCodes) {
    }

    private CodeQuery(Project project, List<String> tokens) {
        this.project = project;
        this.tokens = tokens;
    }

    /** The quotations the query selects, in document and text order. */
    public static List<Quotation> run(Project project, String query) throws BadCodeQuery {
        return ask(project, query).quotations();
    }

    /** As {@link #run}, with the categories that stood for their sub-codes too. */
    public static Answer ask(Project project, String query) throws BadCodeQuery {
        CodeQuery parser = new CodeQuery(project, tokenize(query));
        Set<String> result = parser.query();
        if (parser.at < parser.tokens.size()) {
            throw new BadCodeQuery("codeQuery.unexpected", parser.tokens.get(parser.at));
        }
        return new Answer(result.stream().map(id -> project.quotation(id).orElseThrow())
                .sorted(project.documentOrder()).toList(), List.copyOf(parser.withSubCodes));
    }

    /** Whether the query names the code (alone, or as a step of a path): a deletion leaves it naming nothing. */
    public static boolean names(Project project, String query, String codeId) {
        boolean[] named = {false};
        rewritten(project, query, (steps, chain) -> {
            named[0] |= chain.stream().anyMatch(c -> c.id().equals(codeId));
            return null;
        });
        return named[0];
    }

    /**
     * The query as it reads once code {@code codeId} is called {@code newName}: each name of it (alone, or as a
     * step of a path, "Psychische kenmerken > Schaamte") written anew, the rest as it was. A saved query named
     * the code as it was called, and said after a rename that there was no such code. A query that does not
     * read (or names no code of the project) is left as it is.
     */
    public static String afterRename(Project project, String query, String codeId, String newName) {
        return rewritten(project, query, (steps, chain) -> {
            List<String> renamed = new ArrayList<>(steps);
            boolean changed = false;
            for (int step = 0; step < chain.size(); step++) {
                if (chain.get(step).id().equals(codeId)) {
                    renamed.set(step, newName);
                    changed = true;
                }
            }
            return changed ? renamed : null;
        });
    }

    /**
     * The query as it reads once code {@code sourceId} is merged into {@code targetId}: where it names the source
     * (or a sub-code through it, "Bron > Kind"), it names the target (its name, or its path when that name is not
     * the target's alone); a saved query named a code that was gone.
     */
    public static String afterMerge(Project project, String query, String sourceId, String targetId) {
        Code target = project.code(targetId).orElse(null);
        if (target == null) {
            return query;
        }
        boolean alone = project.codes().stream().noneMatch(c -> !c.id().equals(targetId) && !c.id().equals(sourceId)
                && c.name().equalsIgnoreCase(target.name()));
        List<String> targetPath = project.pathStepsOf(targetId);
        return rewritten(project, query, (steps, chain) -> {
            for (int step = 0; step < chain.size(); step++) {
                if (chain.get(step).id().equals(sourceId)) {
                    // The target itself by its name when that is its alone; a sub-code through it by its path.
                    List<String> merged = new ArrayList<>(step == chain.size() - 1 && alone ? List.of(target.name())
                            : targetPath);
                    merged.addAll(steps.subList(step + 1, steps.size())); // its sub-codes go under the target
                    return merged;
                }
            }
            return null;
        });
    }

    /**
     * Writes each code the query names anew: {@code anew} gets the steps as written ("A", "B" for "A > B") and the
     * codes they name, in the same order, and gives the new steps, or null to leave the name as it was.
     */
    private static String rewritten(Project project, String query,
                                    java.util.function.BiFunction<List<String>, List<Code>, List<String>> anew) {
        List<int[]> spans;
        try {
            spans = spans(query);
        } catch (BadCodeQuery e) {
            return query;
        }
        StringBuilder written = new StringBuilder(query);
        CodeQuery reader = new CodeQuery(project, List.of());
        for (int i = spans.size() - 1; i >= 0; i--) { // from the end: the earlier places stay where they were
            int[] span = spans.get(i);
            String token = query.substring(span[0], span[1]);
            boolean quoted = token.startsWith("\"");
            String bare = quoted ? token.substring(1, token.length() - 1) : token;
            if (!quoted && OPERATORS.contains(bare.toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<String> asked = java.util.Arrays.stream(bare.split(">")).map(String::strip).toList();
            List<Code> named = project.codes().stream().filter(c -> reader.pathEndsWith(c, asked)).toList();
            if (named.size() != 1) {
                continue;
            }
            Code[] chain = new Code[asked.size()];
            Code at = named.getFirst();
            for (int step = asked.size() - 1; step >= 0; step--) {
                chain[step] = at;
                at = at.parentId() == null ? null : project.code(at.parentId()).orElse(null);
            }
            List<String> steps = anew.apply(asked, List.of(chain));
            if (steps != null) {
                String text = String.join(" > ", steps);
                boolean plain = !quoted && steps.size() == 1 && text.chars().noneMatch(ch -> Character
                        .isWhitespace(ch) || "()\">".indexOf(ch) >= 0) && !OPERATORS.contains(text.toUpperCase(
                        Locale.ROOT));
                written.replace(span[0], span[1], plain ? text : "\"" + text + "\"");
            }
        }
        return written.toString();
    }

    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "OVERLAPS", "WITHIN", "ENCLOSES", "ONLY",
            "(", ")");

    private Set<String> query() throws BadCodeQuery {
        Set<String> result = either();
        while (next("OR")) {
            result = new HashSet<>(result);
            result.addAll(either());
        }
        return result;
    }

    private Set<String> either() throws BadCodeQuery {
        Set<String> result = unit();
        while (next("AND")) {
            Set<String> other = unit();
            result = result.stream().filter(other::contains).collect(Collectors.toSet());
        }
        return result;
    }

    private Set<String> unit() throws BadCodeQuery {
        if (next("NOT")) {
            Set<String> excluded = unit();
            return project.quotations().stream().map(Quotation::id).filter(id -> !excluded.contains(id))
                    .collect(Collectors.toSet());
        }
        if (next("(")) {
            Set<String> inner = query();
            if (!next(")")) {
                throw new BadCodeQuery("codeQuery.closing");
            }
            return inner;
        }
        Set<String> aCodes = codesAsked();
        List<Quotation> a = quotationsOf(aCodes);
        for (String operator : List.of("OVERLAPS", "WITHIN", "ENCLOSES")) {
            if (next(operator)) {
                Set<String> bCodes = codesAsked();
                return positional(a, quotationsOf(bCodes), operator, aCodes.equals(bCodes));
            }
        }
        return a.stream().map(Quotation::id).collect(Collectors.toSet());
    }

    /**
     * {@code sameSides}: the same code asked on both sides ("Zichtbaarheid WITHIN Zichtbaarheid"): each quotation
     * against the others, not itself (it found every quotation: QA); two codes keep the rule that one quotation with
     * both counts, also where they were always applied together (review).
     */
    private Set<String> positional(List<Quotation> as, List<Quotation> bs, String operator, boolean sameSides) {
        Map<String, List<Quotation>> byDocument = bs.stream().collect(Collectors.groupingBy(Quotation::documentId));
        Set<String> result = new HashSet<>();
        for (Quotation a : as) {
            for (Quotation b : byDocument.getOrDefault(a.documentId(), List.of())) {
                if (sameSides && a.id().equals(b.id())) {
                    continue;
                }
                boolean hit = switch (operator) {
                    case "OVERLAPS" -> a.start() < b.end() && b.start() < a.end();
                    case "WITHIN" -> b.start() <= a.start() && a.end() <= b.end();
                    default -> a.start() <= b.start() && b.end() <= a.end();
                };
                if (hit) { // a quotation with both codes counts too: it shares all its text with itself
                    result.add(a.id());
                    break;
                }
            }
        }
        return result;
    }

    /**
     * A code's quotations as the query asks for them: with its sub-codes', as the code tree's Σ, the diagram's
     * arrows and search's {@code code:} count them (QA: "Sociaal netwerk" OVERLAPS "Individueel gebruik" found none
     * here while the diagram's arrow counted six); or its own only ({@code ONLY}), as before.
     */
    /** The codes a code in the query stands for: itself and those under it, or itself alone with ONLY. */
    private Set<String> codesAsked() throws BadCodeQuery {
        boolean own = next("ONLY");
        Code c = code();
        Set<String> asked = own ? Set.of(c.id()) : SubCodes.selfAndUnder(project, c.id());
        if (asked.size() > 1) {
            withSubCodes.add(project.labelOf(c.id())); // two categories of one name told apart, as labels do
        }
        return asked;
    }

    /** The quotations coded with any of these codes, each once. */
    private List<Quotation> quotationsOf(Set<String> codeIds) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String code : codeIds) {
            ids.addAll(project.quotationsCodedWith(code));
        }
        return ids.stream().map(id -> project.quotation(id).orElseThrow()).toList();
    }

    private Code code() throws BadCodeQuery {
        if (at >= tokens.size()) {
            throw new BadCodeQuery("codeQuery.codeExpected");
        }
        String name = tokens.get(at++);
        String bare = name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
        // "Psychische kenmerken > Schaamte": a code by its place in the codebook, for names used twice.
        List<String> asked = java.util.Arrays.stream(bare.split(">")).map(String::strip).toList();
        List<Code> named = project.codes().stream().filter(c -> pathEndsWith(c, asked)).toList();
        if (named.isEmpty()) {
            throw new BadCodeQuery("codeQuery.noCode", bare);
        }
        if (named.size() > 1) {
            // Never one of them silently: the quotations of the other would be left out without a word.
            throw new BadCodeQuery("codeQuery.ambiguous", bare, named.size(), named.stream().map(c -> project.pathOf(c.id()))
                    .map(path -> "\"" + path + "\"").sorted().collect(java.util.stream.Collectors.joining(", ")));
        }
        return named.getFirst();
    }

    /** Whether the code's name, and its parents' before it, end with the names asked (case aside). */
    private boolean pathEndsWith(Code code, List<String> asked) {
        Code at = code;
        for (int i = asked.size() - 1; i >= 0; i--) {
            if (at == null || !at.name().equalsIgnoreCase(asked.get(i))) {
                return false;
            }
            at = at.parentId() == null ? null : project.code(at.parentId()).orElse(null);
        }
        return true;
    }

    private boolean next(String word) {
        if (at < tokens.size() && tokens.get(at).toUpperCase(Locale.ROOT).equals(word)
                && !tokens.get(at).startsWith("\"")) {
            at++;
            return true;
        }
        return false;
    }

    private static List<String> tokenize(String query) throws BadCodeQuery {
        return spans(query).stream().map(span -> query.substring(span[0], span[1])).toList();
    }

    /** Where each token of the query stands, [start, end). */
    private static List<int[]> spans(String query) throws BadCodeQuery {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new int[] {i, i + 1});
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    throw new BadCodeQuery("codeQuery.quote");
                }
                tokens.add(new int[] {i, end + 1});
                i = end + 1;
            } else {
                int end = i;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(
                        query.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(new int[] {i, end});
                i = end;
            }
        }
        return tokens;
    }
}
