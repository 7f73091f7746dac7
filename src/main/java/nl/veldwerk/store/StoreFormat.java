package nl.veldwerk.store;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.veldwerk.model.Limits;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The file format: names, the schema version, the records that are written, and the JSON mapper. */
final class StoreFormat {
    static final String FORMAT = "veldwerk-project";
    /**
     * Version 1: colours as integers, no phases. Version 2: colours as "#rrggbb", codes have a phase.
     * Version 3: codebook rules and review. Version 4: the manifest names the state it commits and holds a
     * checksum of each part (parts themselves unchanged since version 3). Version 5: a document may name its
     * recording; older files read as they are (no recording), and an older Veldwerk refuses a version 5
     * project instead of reading it without its links and saving them away. Version 6: the manifest may keep
     * its list of document parts in list parts of its own ({@link ListRef}), so a save of one document
     * rewrites one short list instead of the whole list (parts unchanged; the list in the manifest itself
     * is still read). Version 7: a document part may remember the highest quotation number given, the manifest
     * the highest document number. Version 8: a resolved review comment may name who resolved it
     * ({@code resolvedBy}); older parts have none (resolved, by whom not known), and an older Veldwerk refuses the
     * project instead of saving it without them.
     */
    static final int SCHEMA_VERSION = 8;
    /**
     * What a manifest that holds its list of documents itself is stamped with (a bundle, a new project's
     * first manifest): such a manifest is a version 5 one, so an older Veldwerk still opens a bundle.
     */
    static final int INLINE_LIST_VERSION = 5;
    /** The version that brought the numbers given once: what a bundle remembering one, and no resolver, is stamped. */
    static final int NUMBERS_VERSION = 7;
    /** The last version whose parts must be rewritten when opened (their JSON is migrated). */
    static final int LAST_PART_MIGRATION = 2;
    static final String MANIFEST = "veldwerk.json";
    static final String RECOVERY_MANIFEST = "autosave.json";
    static final String PARTS = "parts";
    static final String BACKUPS = "backups";
    /** In backups/: a second copy of the manifest as last saved, for when veldwerk.json itself is damaged. */
    static final String MANIFEST_COPY = "veldwerk-latest.json";
    /** A second copy of every part, under the same name, in {@code backups/parts/}. */
    static final String PART_COPIES = BACKUPS + "/" + PARTS;
    static final String LOCK = ".lock";
    /** The search index's folder (a cache; nl.veldwerk.search keeps it). */
    static final String INDEX = "index";
    static final int BACKUPS_KEPT = 5;

    /**
     * The reader accepts exactly what the model allows ({@link Limits}): a document text as long as the
     * longest the model accepts, so nothing the writer wrote is refused on reading.
     */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Limits.TEXT)
                            .maxNameLength(Limits.NAME)
                            .maxNestingDepth(64)
                            .build())
                    .build())
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(InstantCodec.module())
            .addModule(PartDeserializers.module())
            .addModule(TextCodec.module())
            .build();
    static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StoreFormat() {
    }

    /**
     * The commit point of a save: which part files make up the project.
     *
     * @param state               a new random name for every write: the state this manifest commits (caches
     *                            such as the search index record which state they hold); null before version 4
     * @param projectPartChecksum the CRC-32C of the project part's bytes; null before version 4
     * @param documents           every document's part, in project order; on disk absent when
     *                            {@code documentLists} holds them (read, it is always filled in)
     * @param documentLists       the list parts that hold {@code documents}, in order; null when the manifest
     *                            holds the list itself (before version 6, and bundles)
     * @param documentNumbersGiven when a document numbered higher than any there now was deleted, that number
     *                            (since schema 7; null otherwise), so that it is not given again
     */
    record Manifest(String format, int schemaVersion, long sequence, String savedAt, String state,
                    String projectPart, String projectPartChecksum, List<PartRef> documents,
                    List<ListRef> documentLists, Integer documentNumbersGiven) {
        /** The same manifest as written to disk: the documents in their list parts only, when it has those. */
        Manifest asWritten() {
            return documentLists == null ? this : new Manifest(format, schemaVersion, sequence, savedAt, state,
                    projectPart, projectPartChecksum, null, documentLists, documentNumbersGiven);
        }

        /** The same manifest with its documents read from its list parts. */
        Manifest withDocuments(List<PartRef> all) {
            return new Manifest(format, schemaVersion, sequence, savedAt, state, projectPart, projectPartChecksum,
                    all, documentLists, documentNumbersGiven);
        }

        /** What {@link #documentNumbersGiven} says for a project: the highest number taken out, if above all there. */
        static Integer documentNumbersGiven(nl.veldwerk.model.Project project) {
            int given = project.documentNumberTakenOut();
            return given > 0 && project.documents().stream().noneMatch(d -> d.number() >= given) ? given : null;
        }
    }

    /**
     * A list part: a run of consecutive entries of the manifest's document list, with their number and the
     * CRC-32C of its bytes. A list part never changes once written (a new one is written under a new name).
     */
    record ListRef(String file, int documents, String checksum) {
    }

    /** The content of a list part. */
    record DocumentList(List<PartRef> documents) {
    }

    /**
     * One document's part file, with its numbers of quotations and codings so a reader can size its maps
     * before parsing (absent, hence 0, in files from before they were recorded), and the CRC-32C of its
     * bytes (null before version 4) so a damaged part is noticed.
     */
    record PartRef(String id, String file, int quotations, int codings, String checksum) {
        PartRef withChecksum(String newChecksum) {
            return new PartRef(id, file, quotations, codings, newChecksum);
        }
    }

    /** The project-wide data. */
    record ProjectPart(ProjectInfo info, List<Coder> coders, List<AttributeDefinition> attributes,
                       List<DocumentGroup> groups, List<Code> codes, List<Relation> relations, List<Memo> memos,
                       List<Diagram> diagrams) {
    }

    /**
     * One document with its quotations and their codings: what changes together while coding; and, when a
     * quotation numbered higher than any there now was deleted, that number ({@code quotationNumbersGiven},
     * since schema 7; null otherwise), so it is not given again.
     */
    record DocumentPart(Document document, List<Quotation> quotations, List<Coding> codings,
                        Integer quotationNumbersGiven) {
        DocumentPart(Document document, List<Quotation> quotations, List<Coding> codings) {
            this(document, quotations, codings, null);
        }
    }
}
