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

    /**
     * The saved query the report was asked to take its quotations from selects none (the report said "the
     * chosen codes and documents" when none were chosen: QA).
     */
    public static NothingToReport fromQuery(String queryName) {
        return new NothingToReport(UserText.of(NothingToReport.class, "report.queryEmpty", queryName));
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
