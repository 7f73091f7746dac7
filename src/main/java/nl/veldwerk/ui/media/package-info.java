/**
 * The recording beside its transcript: the player docked above the text (play, skip, speed, volume,
 * video), the transcription keys that work while typing, and a recording that is missing or
 * cannot be played said plainly. It speaks to the transcript only through {@code ui.app.Playback}.
 */
package nl.veldwerk.ui.media;
