package nl.veldwerk.model;

/** A code placed on a diagram at (x, y); a hidden node keeps its place for when it is shown again. */
public record DiagramNode(String codeId, double x, double y, boolean hidden) {
    public DiagramNode {
        Ids.require(codeId, "a diagram node's code");
    }

    public DiagramNode movedTo(double newX, double newY) {
        return new DiagramNode(codeId, newX, newY, hidden);
    }

    public DiagramNode withHidden(boolean newHidden) {
        return new DiagramNode(codeId, x, y, newHidden);
    }
}
