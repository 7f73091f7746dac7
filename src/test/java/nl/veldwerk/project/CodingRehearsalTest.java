package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The rehearsal of a first coding runs the window's whole coding step on a project of its own. */
class CodingRehearsalTest {
    @Test
    void aNewCodersCodingIsDoneUndoneAndRedoneAndSaid() {
        assertEquals("Code with 'Code'", CodingRehearsal.rehearse(Locale.ENGLISH));
    }
}
