package nl.veldwerk.ui.shell;

import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.UiThreads;
import nl.veldwerk.ui.codebook.CodebookActions;
import nl.veldwerk.ui.codebook.CodebookViewModel;
import nl.veldwerk.ui.coding.CodingViewModel;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.documents.DocumentsViewModel;
import nl.veldwerk.ui.exchange.ExchangeActions;
import nl.veldwerk.ui.exchange.PseudonymiseActions;
import nl.veldwerk.ui.exchange.ReportActions;
import nl.veldwerk.ui.media.MediaViewModel;
import nl.veldwerk.ui.memos.MemosViewModel;
import nl.veldwerk.ui.search.SearchViewModel;

/**
 * The window's view models, made once and wired together: the application context and one view model
 * (or set of actions) per feature. Features never see each other; what one needs of another is handed
 * over here (the codebook codes text through the coding screen; pseudonymising rebuilds the index).
 */
public final class Workbench {
    private final MainViewModel main;
    private final CodingViewModel coding;
    private final DocumentsViewModel documents;
    private final CodebookViewModel codebook;
    private final MemosViewModel memos;
    private final SearchViewModel search;
    private final CodebookActions codebookActions;
    private final ExchangeActions exchange;
    private final ReportActions reports;
    private final PseudonymiseActions pseudonyms;
    private final MediaViewModel media;

    public Workbench(Dialogs dialogs) {
        this(dialogs, UiThreads.standard());
    }

    public Workbench(Dialogs dialogs, UiThreads threads) {
        main = new MainViewModel(dialogs, threads);
        coding = new CodingViewModel(main);
        documents = new DocumentsViewModel(main);
        codebook = new CodebookViewModel(main, coding);
        memos = new MemosViewModel(main);
        search = new SearchViewModel(main, threads);
        codebookActions = new CodebookActions(main);
        exchange = new ExchangeActions(main);
        reports = new ReportActions(main);
        pseudonyms = new PseudonymiseActions(main, search::rebuild);
        media = new MediaViewModel(main);
    }

    /** The player of the selected document's recording. */
    public MediaViewModel media() {
        return media;
    }

    public MainViewModel main() {
        return main;
    }

    public CodingViewModel coding() {
        return coding;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public CodebookViewModel codebook() {
        return codebook;
    }

    public MemosViewModel memos() {
        return memos;
    }

    public SearchViewModel search() {
        return search;
    }

    public CodebookActions codebookActions() {
        return codebookActions;
    }

    public ExchangeActions exchange() {
        return exchange;
    }

    public ReportActions reports() {
        return reports;
    }

    public PseudonymiseActions pseudonyms() {
        return pseudonyms;
    }

    /** Closes the project (the search index first stamped) and stops the threads. */
    public void shutdown() {
        main.close();
        search.shutdown();
        main.threads().shutdown();
    }
}
