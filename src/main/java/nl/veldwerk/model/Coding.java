package nl.veldwerk.model;

import java.time.Instant;

/** The application of a code to a quotation by a coder. */
public record Coding(String id, String quotationId, String codeId, String coderId, Instant created)
        implements Entity {

    public Coding {
        Ids.require(id, "a coding");
        check(quotationId, codeId);
        Limits.name(id, EntityKind.CODING, "id");
    }

    /** What a coding checks besides its id (for {@link CodingRows}, whose ids are UUIDs). */
    static void check(String quotationId, String codeId) {
        Ids.require(quotationId, "a coding's quotation");
        Ids.require(codeId, "a coding's code");
    }

    public Coding withCode(String newCodeId) {
        return new Coding(id, quotationId, newCodeId, coderId, created);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.CODING;
    }
}
