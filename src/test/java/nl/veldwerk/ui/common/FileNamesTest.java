package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void aProjectNameBecomesAFileNameEverySystemAccepts() {
        assertEquals("Wijk Y - voorliggende voorzieningen", FileNames.from("Wijk Y: voorliggende voorzieningen"));
        assertEquals("A - B - C", FileNames.from("A/B\\C"));
        assertEquals("Vragen - antwoorden", FileNames.from("Vragen? <antwoorden>..."));
        assertEquals("veldwerk", FileNames.from(":::"));
        assertEquals("Buurthuis 't Anker", FileNames.from("Buurthuis 't Anker"));
    }
}
