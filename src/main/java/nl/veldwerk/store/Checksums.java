package nl.veldwerk.store;

import java.util.HexFormat;
import java.util.zip.CRC32C;

/** The checksum the manifest keeps of each part: CRC-32C, to notice damage (not tampering), at disk speed. */
final class Checksums {
    private Checksums() {
    }

    static String of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    /** The checksum of {@code bytes[0, length)}. */
    static String of(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return HexFormat.of().toHexDigits((int) crc.getValue()); // eight digits, as "%08x" wrote them
    }
}
