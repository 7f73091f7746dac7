package nl.veldwerk.model;

/**
 * What a memo is about: the whole project, or one document, code or quotation.
 *
 * @param id the target's id; null for a project memo
 */
public record MemoTarget(EntityKind kind, String id) {
    public MemoTarget {
        if (kind != EntityKind.PROJECT_INFO && kind != EntityKind.DOCUMENT && kind != EntityKind.CODE
                && kind != EntityKind.QUOTATION) {
            throw new ModelException("memo.target", Project.label(kind));
        }
        if (kind == EntityKind.PROJECT_INFO) {
            id = ProjectInfo.ID;
        }
    }

    public static MemoTarget project() {
        return new MemoTarget(EntityKind.PROJECT_INFO, ProjectInfo.ID);
    }
}
