package nl.veldwerk.report;

import nl.veldwerk.model.UserText;

/** A report asked for quotations that do not exist: said plainly, and no empty file is written. */
public final class NothingToReport extends IllegalArgumentException implements UserText.Carrier {
    private final transient UserText text = UserText.of(NothingToReport.class, "report.empty");

    public NothingToReport() {
        super(UserText.of(NothingToReport.class, "report.empty").toString());
    }

    @Override
    public UserText userText() {
        return text;
    }
}
