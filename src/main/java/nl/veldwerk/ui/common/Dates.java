package nl.veldwerk.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the window writes them: to the minute, in the user's time zone, not the system locale's way. */
public final class Dates {
    /** "2026-12-03 15:15", not "12/3/26, 3:15 PM". */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Dates() {
    }
}
