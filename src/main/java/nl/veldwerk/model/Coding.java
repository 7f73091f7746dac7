package nl.veldwerk.model;

import java.time.Instant;

/** The application of a code to a quotation by a coder. */
public record Coding(String id, String quotationId, String codeId, String coderId, Instant created)
        implements Entity {

    public Coding {
        Ids.require(id, "a coding");
        Ids.require(quotationId, "a coding's quotation");
        Ids.require(codeId, "a coding's code");
        Limits.name(id, EntityKind.CODING, "id");
    }

    public Coding withCode(String newCodeId) {
        return new Coding(id, quotationId, newCodeId, coderId, created);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.CODING;
    }
}
