package nl.veldwerk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The bytes of one part file at a time, read into an array the reading thread keeps for its next part. Opening a
 * 10,000-document project read 2.2 GB of parts into as many new arrays, each dropped once parsed: the collector
 * ran for them among the millions of entities the open keeps, and each array was memory new to the process.
 * Not thread-safe: one per thread.
 */
final class PartBuffer {
    private byte[] bytes = new byte[0]; // sized by the first file read
    private int length;

    /** The array holding the bytes last read, in {@code [0, length())}; what lies beyond is stale. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** A copy of the bytes last read, for a reader that keeps them. */
    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }

    /**
     * Reads the whole file, replacing what the buffer held.
     *
     * @return false (and nothing kept) when the file holds more than {@code maxBytes}, also when it grew past
     *         that while being read
     */
    boolean read(Path file, long maxBytes) throws IOException {
        length = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > maxBytes) {
                return false;
            }
            ensure((int) size + 1); // one byte more, to see the end without growing for it
            while (true) {
                int read = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
                if (read < 0) {
                    return true;
                }
                length += read;
                if (length > maxBytes) {
                    length = 0;
                    return false;
                }
                if (length == bytes.length) {
                    ensure(length + Math.max(length / 2, 8192)); // the file grew while being read
                }
            }
        }
    }

    /** Room for {@code capacity} bytes, keeping the {@link #length} read so far (a file can grow while read). */
    private void ensure(int capacity) {
        if (bytes.length < capacity) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length + bytes.length / 2));
        }
    }
}
