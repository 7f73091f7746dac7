package nl.veldwerk.analysis;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a report needs of each selected quotation that only its document's text can tell (its text, its
 * paragraphs, its speaker and its time), worked out in one pass over the documents and kept as bytes: in
 * memory up to a few megabytes, beyond that in a temporary file. A report by code visits the documents once
 * per code, and an open project's texts stay in its files, so reading them again per code would read the
 * project thousands of times; keeping a million quotations' texts on the heap would not fit it. The file is
 * readable only by its owner, removed from the folder as soon as it is open where the system allows that,
 * and otherwise when the selection is no longer used or the program ends.
 */
final class ItemStore implements AutoCloseable {
    /** Bytes kept in memory before the store moves to a temporary file. */
    static final int IN_MEMORY = 4 << 20;
    /** The fixed part of a record: first and last paragraph, time (or NO_TIME), speaker and text lengths. */
    private static final int HEADER = 4 + 4 + 8 + 4 + 4;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final Cleaner CLEANER = Cleaner.create();

    /** One quotation's document-dependent facts, as stored. */
    record Facts(String text, int firstParagraph, int lastParagraph, String speaker, Long timestampMillis) {
    }

    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private byte[] bytes;
    private FileChannel file;
    private OutputStream fileOut;
    private long size;
    private Cleaner.Cleanable cleanable;
    /** The file mapped into memory once written: reading a record is a copy, not two system calls. */
    private java.lang.foreign.Arena arena;
    private java.lang.foreign.MemorySegment mapped;

    /** Adds a quotation's facts; returns where they are, for {@link #read}. */
    long add(Facts f) {
        byte[] text = whole(f.text()).getBytes(StandardCharsets.UTF_8);
        byte[] speaker = f.speaker() == null ? null : f.speaker().getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(f.firstParagraph()).putInt(f.lastParagraph())
                .putLong(f.timestampMillis() == null ? NO_TIME : f.timestampMillis())
                .putInt(speaker == null ? -1 : speaker.length).putInt(text.length);
        long at = size;
        try {
            OutputStream out = outFor(HEADER + text.length + (speaker == null ? 0 : speaker.length));
            out.write(header.array());
            if (speaker != null) {
                out.write(speaker);
            }
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size += HEADER + text.length + (speaker == null ? 0 : speaker.length);
        return at;
    }

    /** Where the next record goes: memory while it fits, else the temporary file (made on first need). */
    private OutputStream outFor(int length) throws IOException {
        if (file == null && size + length <= IN_MEMORY) {
            return memory;
        }
        if (file == null) {
            Path path = Files.createTempFile("veldwerk-report-", ".items"); // owner only, where the system has permissions
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            try {
                Files.deleteIfExists(path); // the open channel keeps it readable; nothing is left after a crash
            } catch (IOException notWhileOpen) {
                // Windows: removed when the channel closes.
            }
            FileChannel channel = file;
            arena = java.lang.foreign.Arena.ofShared();
            java.lang.foreign.Arena mapping = arena;
            cleanable = CLEANER.register(this, () -> {
                try {
                    mapping.close(); // unmapped first: Windows removes a file only when nothing maps it
                } catch (IllegalStateException alreadyClosed) {
                    // closed before
                }
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing a temporary file that is gone anyway
                }
            });
            fileOut = new BufferedOutputStream(Channels.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
        }
        return fileOut;
    }

    /**
     * Half of a surrogate pair (a quotation's edge can cut one) as U+FFFD, the character for a character
     * that cannot be shown, rather than the "?" UTF-8 would write for it.
     */
    private static String whole(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                s.codePoints().forEach(c -> b.appendCodePoint(c <= Character.MAX_VALUE
                        && Character.isSurrogate((char) c) ? 0xFFFD : c));
                return b.toString();
            }
        }
        return s;
    }

    /** Lets go of the temporary file at once (else when the store is no longer used); nothing can be read after. */
    @Override
    public void close() {
        if (cleanable != null) {
            cleanable.clean(); // runs the closing once, whoever asks first
        }
    }

    /** After the last {@link #add}: makes the records readable. */
    void finish() {
        try {
            if (fileOut != null) {
                fileOut.flush();
                mapped = file.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            } else {
                bytes = memory.toByteArray();
                memory = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the records went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    Facts read(long at) {
        ByteBuffer header = read(at, HEADER);
        int first = header.getInt();
        int last = header.getInt();
        long time = header.getLong();
        int speakerLength = header.getInt();
        int textLength = header.getInt();
        ByteBuffer rest = read(at + HEADER, Math.max(speakerLength, 0) + textLength);
        String speaker = speakerLength < 0 ? null : utf8(rest, speakerLength);
        String text = utf8(rest, textLength);
        return new Facts(text, first, last, speaker, time == NO_TIME ? null : time);
    }

    private static String utf8(ByteBuffer b, int length) {
        String s = new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }

    private ByteBuffer read(long at, int length) {
        if (file == null) {
            return ByteBuffer.wrap(bytes, (int) at, length).slice();
        }
        byte[] b = new byte[length];
        try {
            java.lang.foreign.MemorySegment.copy(mapped, java.lang.foreign.ValueLayout.JAVA_BYTE, at, b, 0, length);
        } catch (IllegalStateException closed) {
            throw new UncheckedIOException(new IOException("the report's selection was released", closed));
        } finally {
            java.lang.ref.Reference.reachabilityFence(this); // not cleaned (the file unmapped) while it is read
        }
        return ByteBuffer.wrap(b);
    }
}
