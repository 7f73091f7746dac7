package nl.veldwerk.store;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The file format: names, the schema version, the records that are written, and the JSON mapper. */
final class StoreFormat {
    static final String FORMAT = "veldwerk-project";
    /** Version 1: colours as integers, no phases. Version 2: colours as "#rrggbb", codes have a phase. */
    static final int SCHEMA_VERSION = 3;
    static final String MANIFEST = "veldwerk.json";
    static final String RECOVERY_MANIFEST = "autosave.json";
    static final String PARTS = "parts";
    static final String BACKUPS = "backups";
    static final String LOCK = ".lock";
    static final int BACKUPS_KEPT = 5;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(InstantCodec.module())
            .build();
    static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StoreFormat() {
    }

    /** The commit point of a save: which part files make up the project. */
    record Manifest(String format, int schemaVersion, long sequence, String savedAt, String projectPart,
                    List<PartRef> documents) {
    }

    /**
     * One document's part file, with its numbers of quotations and codings so a reader can size its maps
     * before parsing (absent, hence 0, in files from before they were recorded).
     */
    record PartRef(String id, String file, int quotations, int codings) {
    }

    /** The project-wide data. */
    record ProjectPart(ProjectInfo info, List<Coder> coders, List<AttributeDefinition> attributes,
                       List<DocumentGroup> groups, List<Code> codes, List<Relation> relations, List<Memo> memos,
                       List<Diagram> diagrams) {
    }

    /** One document with its quotations and their codings: what changes together while coding. */
    record DocumentPart(Document document, List<Quotation> quotations, List<Coding> codings) {
    }
}
