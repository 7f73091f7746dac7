package nl.veldwerk.importer;

/**
 * What a .docx or .odt file is inside, read from its zip directory alone: both are zip archives, and the
 * libraries that read them say so in their own words ("Package should contain a content type part [M1.13]"),
 * or read a file cut short (a download that stopped) as far as it goes without a word, importing half a
 * transcript. The directory comes last in a zip, so a file without it is cut short.
 */
enum OfficeZip {
    /** Not a zip archive at all. */
    NOT_ZIP,
    /** A zip archive whose end (its directory) is missing: copied or downloaded only in part. */
    CUT_SHORT,
    /** A Word document (Office Open XML): it lists {@code [Content_Types].xml} and parts under {@code word/}. */
    DOCX,
    /** An OpenDocument text: it lists {@code content.xml} and no Office Open XML content types. */
    ODT,
    /** A whole zip archive of something else (a spreadsheet, a folder zipped and renamed). */
    OTHER_ZIP,
    /** A zip whose directory does not add up here (Zip64, data before it): left to the library to judge. */
    UNCLEAR;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;

    static OfficeZip of(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return NOT_ZIP;
        }
        int end = endRecord(bytes);
        if (end < 0) {
            return CUT_SHORT;
        }
        int entries = u16(bytes, end + 10);
        long offset = u32(bytes, end + 16);
        java.util.Set<String> names = new java.util.HashSet<>();
        long at = offset;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > end || u32(bytes, (int) at) != ENTRY_SIGNATURE) {
                return UNCLEAR;
            }
            int entry = (int) at;
            int nameLength = u16(bytes, entry + 28);
            if (entry + 46L + nameLength > end) {
                return UNCLEAR;
            }
            names.add(new String(bytes, entry + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8));
            at += 46L + nameLength + u16(bytes, entry + 30) + u16(bytes, entry + 32);
        }
        // Word's main part is found through its relationships: Word Online and SharePoint name it document2.xml.
        if (names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith("word/") && n.endsWith(".xml"))) {
            return DOCX;
        }
        if (names.contains("content.xml") && !names.contains("[Content_Types].xml")) {
            return ODT;
        }
        return OTHER_ZIP;
    }

    /** Where the end-of-directory record starts, searched back over the longest comment it may carry; -1 if none. */
    private static int endRecord(byte[] bytes) {
        int last = bytes.length - END_LENGTH;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (u32(bytes, i) == END_SIGNATURE && i + END_LENGTH + u16(bytes, i + 20) <= bytes.length) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
