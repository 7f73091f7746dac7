package nl.veldwerk.ui.app;

import nl.veldwerk.model.Document;
import nl.veldwerk.ui.common.I18n;

/** A row of the document list: the document and how much has been coded in it. */
public record DocumentItem(Document document, int quotations) {
    public String label() {
        return document.name();
    }

    public String details() {
        return I18n.text("document.details", document.textLength(), document.turns().size(), quotations,
                document.number());
    }
}
