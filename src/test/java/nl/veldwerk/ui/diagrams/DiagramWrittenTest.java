package nl.veldwerk.ui.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** A diagram written from the window says, as the command line does, when its text prints too small. */
class DiagramWrittenTest {
    @Test
    void smallPrintIsSaidLargeEnoughIsNot() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Wrote model.png", DiagramViewModel.written(Path.of("/tmp/model.png"), 9.2));
        assertEquals("Wrote model.png. Its smallest text prints at 7.6 pt on the page, under the 8 pt a thesis page"
                + " needs: fewer codes in the diagram, or shorter names, make it larger.",
                DiagramViewModel.written(Path.of("/tmp/model.png"), 7.6));
    }
}
