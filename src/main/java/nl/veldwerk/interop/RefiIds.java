package nl.veldwerk.interop;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * GUIDs for export. Ids that are GUIDs already (everything Veldwerk makes, and everything it imported)
 * are written as they are, so a round trip keeps them; other ids (synthetic or hand-made ones) get a
 * name-based UUID that is the same every time.
 */
final class RefiIds {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RefiIds() {
    }

    static String of(EntityKind kind, String id) {
        if (GUID.matcher(id).matches()) {
            return id;
        }
        return nameBased(kind, id);
    }

    private static String nameBased(EntityKind kind, String id) {
        return UUID.nameUUIDFromBytes(("veldwerk:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * GUIDs for one project file, where each GUID names one element: an import kept a file's GUIDs, and a file
     * may give the same GUID to elements of two kinds (a code and a source); written back so, another tool takes
     * one for the other. The first kind in {@link #KEEPERS}' order keeps it; the others get a name-based GUID (the
     * same every time), and are counted, to be said.
     */
    static final class ForFile {
        private static final List<EntityKind> KEEPERS = List.of(EntityKind.DOCUMENT, EntityKind.CODE,
                EntityKind.CODER, EntityKind.GROUP, EntityKind.ATTRIBUTE, EntityKind.MEMO, EntityKind.RELATION,
                EntityKind.DIAGRAM);
        /** The kind that keeps each GUID (lower case), of the elements other than quotations and codings. */
        private final Map<String, EntityKind> keeper = new HashMap<>();
        private final Project project;

        ForFile(Project project) {
            this.project = project;
            for (EntityKind kind : KEEPERS) {
                ids(kind).forEach(id -> keeper.putIfAbsent(lower(of(kind, id)), kind));
            }
        }

        /** The GUID the element of this kind and id is written with, in references too. */
        String of(EntityKind kind, String id) {
            EntityKind keeps = keeper.get(lower(id));
            return keeps == null || keeps == kind ? RefiIds.of(kind, id) : nameBased(kind, id);
        }

        /** How many elements get a GUID of their own in place of the one another element of the file keeps. */
        int givenAnew() {
            int anew = 0;
            for (EntityKind kind : KEEPERS) {
                anew += (int) ids(kind).map(id -> keeper.get(lower(id))).filter(k -> k != null && k != kind).count();
            }
            for (Quotation q : project.quotations()) {
                anew += keeper.containsKey(lower(q.id())) ? 1 : 0;
            }
            for (Coding c : project.codings()) {
                anew += keeper.containsKey(lower(c.id())) ? 1 : 0;
            }
            return anew;
        }

        private java.util.stream.Stream<String> ids(EntityKind kind) {
            java.util.Collection<? extends nl.veldwerk.model.Entity> all = switch (kind) {
                case DOCUMENT -> project.documents();
                case CODE -> project.codes();
                case CODER -> project.coders();
                case GROUP -> project.groups();
                case ATTRIBUTE -> project.attributes();
                case MEMO -> project.memos();
                case RELATION -> project.relations();
                case DIAGRAM -> project.diagrams();
                default -> List.of();
            };
            return all.stream().map(nl.veldwerk.model.Entity::id);
        }

        /** Without a copy where it is lower case already (every GUID Veldwerk makes). */
        private static String lower(String id) {
            return id.toLowerCase(Locale.ROOT);
        }
    }
}
