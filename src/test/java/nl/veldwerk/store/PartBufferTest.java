package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One buffer reads part after part: each read holds exactly that file's bytes, also when it grew while read. */
class PartBufferTest {
    @TempDir
    Path tmp;

    @Test
    void eachReadHoldsThatFilesBytesOnly() throws Exception {
        PartBuffer buffer = new PartBuffer();
        Random random = new Random(5);
        for (int size : new int[] {300_000, 10, 0, 1_000_000, 17}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path file = Files.write(tmp.resolve("p" + size), content);
            assertTrue(buffer.read(file, 2_000_000));
            assertEquals(size, buffer.length());
            assertArrayEquals(content, Arrays.copyOf(buffer.bytes(), buffer.length()));
            assertArrayEquals(content, buffer.copy());
        }
    }

    @Test
    void refusesAFileLargerThanAllowed() throws Exception {
        Path file = Files.write(tmp.resolve("big"), new byte[1_001]);
        PartBuffer buffer = new PartBuffer();
        assertFalse(buffer.read(file, 1_000));
        assertEquals(0, buffer.length());
    }

    /**
     * A file longer than its size said when the read began (one still being written; here a pipe, whose size is 0):
     * what was read before the buffer grew is kept.
     */
    @Test
    void aFileThatGrowsWhileReadIsReadWhole() throws Exception {
        Path fifo = tmp.resolve("growing");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "needs mkfifo (a Unix system)");
        byte[] content = new byte[400_000];
        new Random(8).nextBytes(content);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < content.length; i += 50_000) {
                    out.write(content, i, 50_000);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        PartBuffer buffer = new PartBuffer();
        assertTrue(buffer.read(fifo, 1_000_000));
        writer.join();
        assertArrayEquals(content, buffer.copy());
    }
}
