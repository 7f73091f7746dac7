package nl.veldwerk.store;

import java.nio.file.Path;

import nl.veldwerk.model.Colors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings the JSON of older project files up to {@link StoreFormat#SCHEMA_VERSION}, one version step at a
 * time, before it is bound to the model. Files on disk change only when the migrated project is saved.
 */
final class Migrations {
    private Migrations() {
    }

    /** Migrates a project part tree from {@code version} to the current version, in place. */
    static void migrateProjectPart(ObjectNode part, int version, Path file) throws ProjectFileException {
        if (version < 1) {
            throw new ProjectFileException(file, "format.neverExisted", String.valueOf(version));
        }
        if (version < 2) {
            fromVersion1(part);
        }
        if (version < 3) {
            fromVersion2(part);
        }
    }

    /**
     * Document parts have not changed shape since version 1; version 5 added an optional recording, and version
     * 7 the optional highest quotation number given once (deleted since), which older parts simply do not have.
     */
    static void migrateDocumentPart(ObjectNode part, int version) {
        // Nothing to do yet; the next change to the document part format adds its step here.
    }

    /**
     * Version 3 added to codes their inclusion and exclusion rules, anchor example and review status, and to
     * memos the review comment flags. Version 2 files have none of these: every code is still proposed,
     * every memo a memo. Written out so a version 2 file reads the same whatever the binding defaults are.
     */
    private static void fromVersion2(ObjectNode part) {
        JsonNode codes = part.get("codes");
        if (codes != null) {
            for (JsonNode node : codes) {
                ObjectNode code = (ObjectNode) node;
                if (!code.has("review")) {
                    code.put("review", "PROPOSED");
                }
            }
        }
        JsonNode memos = part.get("memos");
        if (memos != null) {
            for (JsonNode node : memos) {
                ObjectNode memo = (ObjectNode) node;
                if (!memo.has("comment")) {
                    memo.put("comment", false);
                    memo.put("resolved", false);
                }
            }
        }
    }

    /** Version 1 stored code colours as RGB integers and had no phases (every code was an open code). */
    private static void fromVersion1(ObjectNode part) {
        JsonNode codes = part.get("codes");
        if (codes == null) {
            return;
        }
        for (JsonNode node : codes) {
            ObjectNode code = (ObjectNode) node;
            JsonNode color = code.get("color");
            if (color != null && color.isIntegralNumber()) {
                code.put("color", Colors.fromRgb(color.intValue()));
            }
            if (!code.has("phase")) {
                code.put("phase", "OPEN");
            }
        }
    }
}
