package nl.veldwerk.model;

/**
 * A time mark written in a transcript's text: the half-open range {@code [start, end)} it takes and the time
 * in the recording it names, in milliseconds.
 */
public record TimeMark(int start, int end, long millis) {
}
