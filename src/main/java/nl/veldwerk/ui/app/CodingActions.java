package nl.veldwerk.ui.app;

import nl.veldwerk.model.Code;

/**
 * What other features ask of the coding screen, without depending on it: code the selected text with a
 * code (double-click or drag in the code tree), or list a code's quotations. The window wires the coding
 * view model in.
 */
public interface CodingActions {
    /** What a code dragged from the tree carries, so the text it is dropped on can be coded with it. */
    String CODE_DRAG_PREFIX = "veldwerk-code:";

    /** Whether there is selected text to code. */
    boolean hasSelection();

    /** Codes the selected text with an existing code. */
    void applyCode(String codeId);

    /** Lists the quotations of {@code code} in the quotation list. */
    void listQuotationsOf(Code code);
}
