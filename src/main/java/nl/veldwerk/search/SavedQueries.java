package nl.veldwerk.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SavedQuery;

/** The quotations a saved query selects now, for reports and for running it again. */
public final class SavedQueries {
    private SavedQueries() {
    }

    /**
     * A code query runs on the project; a text query on {@code index} (over quotations only), or, when none
     * is given, on an index built in memory for this one question.
     */
    public static Set<String> quotationIds(Project p, SavedQuery query, SearchIndex index)
            throws IOException, Search.BadQuery, CodeQuery.BadCodeQuery {
        Set<String> ids = new LinkedHashSet<>();
        if (query.overCodes()) {
            CodeQuery.run(p, query.query()).stream().map(Quotation::id).forEach(ids::add);
            return ids;
        }
        SearchIndex used = index != null ? index : SearchIndex.inMemory(p);
        try {
            Search.run(used, query.query(), Search.Scope.QUOTATIONS, Math.max(1, p.quotations().size()), Set.of(),
                    SubCodes.of(p))
                    .forEach(h -> ids.add(h.quotationId()));
        } finally {
            if (index == null) {
                used.close();
            }
        }
        return ids;
    }
}
