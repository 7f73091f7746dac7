package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Limits;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model and the reader share their limits: the largest thing the model accepts is read back. */
class LimitsRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void theLongestTextAndNamesTheModelAcceptsAreSavedAndReadBack() throws Exception {
        Path dir = tmp.resolve("p");
        String unit = "a\"\n"; // quotes and line ends: escaped longer in JSON
        String text = unit.repeat(Limits.TEXT / unit.length()) + "b".repeat(Limits.TEXT % unit.length());
        String name = "n".repeat(Limits.NAME);
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Groot", Fixtures.T))) {
            store.session().execute(DocumentCommands.add(Document.of("big", name, text, SourceFormat.TXT, List.of(),
                    Fixtures.T)));
            store.session().execute(CodeCommands.add(new Code("c", name, null, null, null, "d".repeat(Limits.NOTE),
                    List.of(), "")));
            store.save();
        }
        var read = ProjectReader.read(dir);
        assertEquals(text, read.document("big").orElseThrow().text());
        assertEquals(name, read.code("c").orElseThrow().name());
    }

    @Test
    void anythingLongerIsRefusedBeforeItIsWritten() {
        assertThrows(ModelException.class, () -> Document.of("big", "x", "a".repeat(Limits.TEXT + 1),
                SourceFormat.TXT, List.of(), Fixtures.T));
        assertThrows(ModelException.class, () -> Code.of("c", "n".repeat(Limits.NAME + 1), null, null));
        ModelException e = assertThrows(ModelException.class, () -> new Code("c", "c", null, null, null,
                "d".repeat(Limits.NOTE + 1), List.of(), ""));
        assertEquals("code definition: 1,000,001 characters, more than the 1,000,000 allowed", e.getMessage());
    }
}
