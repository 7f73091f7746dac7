package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A codebook written to CSV or JSON says what the file cannot hold (it dropped relations and memos without a word). */
class CodebookCsvLeftOutTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    /** The fixture's project, its codes without memos; said in English. */
    private static Project withoutCodeMemos() {
        I18n.setLocale(Locale.ENGLISH);
        Project p = Fixtures.session().project();
        p.codes().forEach(c -> p.put(c.withMemo("")));
        return p;
    }

    @Test
    void relationsMemosAndReviewStatusesAreNamed() {
        Project p = withoutCodeMemos();
        assertNull(CodebookActions.leftOutOfCsv(p), "nothing a CSV cannot hold: nothing said");
        Code first = p.codes().iterator().next();
        p.put(first.withMemo("Waarom deze code"));
        p.put(new Relation("r1", first.id(), p.codes().stream().skip(1).findFirst().orElseThrow().id(),
                RelationType.CAUSES, "", 1, ""));
        assertEquals("1 relation, 1 code memo", CodebookActions.leftOutOfCsv(p));
        I18n.setLocale(Locale.of("nl"));
        assertEquals("1 relatie, 1 codememo", CodebookActions.leftOutOfCsv(p));
        p.put(p.codes().stream().skip(2).findFirst().orElseThrow().withMemo("Nog een"));
        assertEquals("1 relatie, 2 codememo's", CodebookActions.leftOutOfCsv(p), "the apostrophe kept");
    }

    /** Memos about codes (the Memos tab's, review threads) are the project's: no codebook file holds them (QA). */
    @Test
    void memosAboutCodesAreNamedForJsonAndCsv() {
        Project p = withoutCodeMemos();
        assertNull(CodebookActions.leftOutOfJson(p), "a JSON holds everything a code has");
        Code first = p.codes().iterator().next();
        p.put(nl.veldwerk.model.Memo.reviewComment("m1", new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.CODE, first.id()), "Te breed?", null, Fixtures.T));
        assertEquals("1 memo or review comment about a code", CodebookActions.leftOutOfJson(p));
        assertEquals("1 memo or review comment about a code", CodebookActions.leftOutOfCsv(p));
        I18n.setLocale(Locale.of("nl"));
        p.put(nl.veldwerk.model.Memo.reviewComment("m2", new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.CODE, first.id()), "Ja", null, Fixtures.T));
        assertEquals("2 memo's en reviewopmerkingen over codes", CodebookActions.leftOutOfJson(p));
        // The CSV's advice to write a .json does not promise what the .json leaves out too (QA: it did).
        assertEquals("x.csv geschreven. Een CSV bevat van elke code de naam, plaats, fase, kleur, definitie, indicatoren "
                + "en regels; niet erin: 1 relatie. Een .json-codeboek bewaart ook de relaties, de eigen memo van elke "
                + "code en de reviewstatus; de memo's en reviewopmerkingen over codes (die van het tabblad Memo's) gaan "
                + "in geen van beide mee: een bundel (.vwz) bevat ze.", I18n.text("codebook.csvLeftOut", "x.csv",
                "1 relatie"));
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Wrote x.csv. A CSV holds each code's name, place, phase, colour, definition, indicators and "
                + "rules; not in it: 1 relation. A .json codebook keeps the relations, each code's own memo and its "
                + "review status too; the memos and review comments about codes (the Memos tab's) go in neither: a "
                + "bundle (.vwz) carries them.", I18n.text("codebook.csvLeftOut", "x.csv", "1 relation"));
    }
}
