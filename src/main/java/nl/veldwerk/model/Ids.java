package nl.veldwerk.model;

import java.util.UUID;

/** Fresh ids for new entities: random UUIDs, so ids from different machines never clash when merged. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new ModelException("id.missing", what);
        }
        return id;
    }
}
