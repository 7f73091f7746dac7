package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import's first line counts one as one (QA: "1 documents, 1 quotations, 1 codings"), in both languages. */
class ImportSummaryTest {
    @Test
    void oneIsCountedAsOne() {
        ImportSummary summary = new ImportSummary("Veldwerk", Map.of("documents", 1, "quotations", 1, "codings", 1,
                "codes", 2, "coders", 1, "memos", 1234), List.of());
        assertEquals("Imported from Veldwerk: 1 document, 1 quotation, 1 coding, 2 codes, 1,234 memos, 0 relations, "
                + "0 groups, 0 attributes, 1 coder.", summary.headline(Locale.ENGLISH));
        assertEquals("Geïmporteerd uit Veldwerk: 1 document, 1 citaat, 1 codering, 2 codes, 1.234 memo’s, 0 relaties, "
                + "0 groepen, 0 kenmerken, 1 codeur.", summary.headline(Locale.of("nl")));
    }
}
