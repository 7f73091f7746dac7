package nl.veldwerk.model;

import java.util.ArrayList;
import java.util.List;

/** For test failures: the entities that differ between two projects, in words. */
public final class ProjectDiff {
    private ProjectDiff() {
    }

    public static List<String> between(Project expected, Project actual) {
        List<String> differences = new ArrayList<>();
        if (!expected.info().equals(actual.info())) {
            differences.add("info: " + expected.info() + " != " + actual.info());
        }
        for (EntityKind kind : EntityKind.values()) {
            if (kind == EntityKind.PROJECT_INFO) {
                continue;
            }
            for (Entity e : all(expected, kind)) {
                Entity other = actual.find(kind, e.id()).orElse(null);
                if (!e.equals(other)) {
                    differences.add(kind + " " + e.id() + ":\n  expected " + e + "\n  actual   " + other);
                }
            }
            for (Entity e : all(actual, kind)) {
                if (expected.find(kind, e.id()).isEmpty()) {
                    differences.add(kind + " " + e.id() + " only in actual: " + e);
                }
            }
        }
        return differences;
    }

    private static List<Entity> all(Project p, EntityKind kind) {
        return switch (kind) {
            case CODER -> List.copyOf(p.coders());
            case ATTRIBUTE -> List.copyOf(p.attributes());
            case GROUP -> List.copyOf(p.groups());
            case DOCUMENT -> List.copyOf(p.documents());
            case QUOTATION -> List.copyOf(p.quotations());
            case CODE -> List.copyOf(p.codes());
            case CODING -> List.copyOf(p.codings());
            case MEMO -> List.copyOf(p.memos());
            case RELATION -> List.copyOf(p.relations());
            case DIAGRAM -> List.copyOf(p.diagrams());
            case PROJECT_INFO -> List.of();
        };
    }
}
