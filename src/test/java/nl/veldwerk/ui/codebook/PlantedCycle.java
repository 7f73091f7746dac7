package nl.veldwerk.ui.codebook;

/** Planted, never run: the codebook reaching back into the memos, closing a cycle (ArchitectureRulesBiteTest). */
final class PlantedCycle {
    String backToTheMemos() {
        return nl.veldwerk.ui.memos.MemoPane.class.getName();
    }
}
