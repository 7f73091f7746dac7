package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervisor's copy compared: the question names what there is to take, and nothing counted as 0 (QA). */
class WhatToTakeTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void onlyWhatThereIsIsNamed() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("new, resolved or reopened comment", CodebookActions.whatToTake(1, 0));
        assertEquals("3 review statuses", CodebookActions.whatToTake(0, 3));
        assertEquals("2 new, resolved or reopened comments and review status", CodebookActions.whatToTake(2, 1));
        I18n.setLocale(Locale.of("nl"));
        assertEquals("nieuwe, afgehandelde of heropende opmerking en 2 reviewstatussen", CodebookActions.whatToTake(1, 2));
    }
}
