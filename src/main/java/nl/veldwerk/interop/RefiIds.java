package nl.veldwerk.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.veldwerk.model.EntityKind;

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
        return UUID.nameUUIDFromBytes(("veldwerk:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
