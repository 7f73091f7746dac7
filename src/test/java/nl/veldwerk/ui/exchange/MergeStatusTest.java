package nl.veldwerk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veldwerk.analysis.ProjectMerge;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** The status line after a merge names everything that came in (it said "no codings added" after a code and two memos). */
class MergeStatusTest {
    @Test
    void everyKindAddedIsNamed() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Merged 'Begeleider' (added: Codes 1, Memos 2)", ExchangeActions.merged("Begeleider",
                new ProjectMerge.Report(Map.of("codes", 1, "memos", 2), Map.of("codings", 61), List.of(), 3,
                        List.of("Signalering"), List.of())));
        assertEquals("Merged 'Begeleider': nothing added; what changed in what both have came in",
                ExchangeActions.merged("Begeleider", new ProjectMerge.Report(Map.of(), Map.of("memos", 1),
                        List.of(), 1, List.of(), List.of())));
    }
}
