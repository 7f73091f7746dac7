package nl.veldwerk.report;

import nl.veldwerk.model.UserText;

/** A report asked for something that does not exist: said plainly, and no empty file is written. */
public final class NothingToReport extends IllegalArgumentException implements UserText.Carrier {
    private final transient UserText text;

    /** No quotation matches the chosen codes and documents. */
    public NothingToReport() {
        this("report.empty");
    }

    /** The reason under {@code key} in the report bundle. */
    NothingToReport(String key) {
        this(UserText.of(NothingToReport.class, key));
    }

    private NothingToReport(UserText text) {
        super(text.toString());
        this.text = text;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
