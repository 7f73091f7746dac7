package nl.veldwerk.store;

import java.util.zip.CRC32C;

/** The checksum the manifest keeps of each part: CRC-32C, to notice damage (not tampering), at disk speed. */
final class Checksums {
    private Checksums() {
    }

    static String of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format("%08x", crc.getValue());
    }
}
