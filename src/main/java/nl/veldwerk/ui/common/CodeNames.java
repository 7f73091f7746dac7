package nl.veldwerk.ui.common;

import java.util.List;

import nl.veldwerk.model.Project;

/** Codes named in a sentence: a few of them, told apart where two have one name, and how many more. */
public final class CodeNames {
    private CodeNames() {
    }

    /** "‘Angst’, ‘Angst (Psychisch)’ and 2 more": the first {@code most} of {@code ids} by name. */
    public static String listed(Project p, List<String> ids, int most) {
        // Two codes of one name told apart ("'Angst', 'Angst'" asked which was which): QA.
        List<String> names = ids.stream().limit(most).map(id -> "‘" + (p.code(id).isPresent() ? p.labelOf(id) : id) + "’")
                .toList();
        String listed = String.join(", ", names);
        return ids.size() > names.size() ? listed + " " + I18n.text("manager.andMore", ids.size() - names.size()) : listed;
    }
}
