package nl.veldwerk.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The key list of a pseudonymisation (name, pseudonym) as a CSV file. It re-identifies the respondents,
 * so it is kept outside the project, where the researcher's data management plan says. Reads what Excel
 * writes in both Dutch (semicolons) and English settings, with or without a header row.
 */
public final class PseudonymKeys {
    private static final Set<String> HEADER_WORDS = Set.of("name", "naam", "real name", "echte naam");

    private PseudonymKeys() {
    }

    public static List<Replacement> read(Path file) throws InteropException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException notUtf8) {
            try {
                // Excel's plain "CSV" on Windows is Windows-1252: "Zoë" must not stop the list.
                content = Files.readString(file, java.nio.charset.Charset.forName("windows-1252"));
            } catch (java.nio.charset.CharacterCodingException neither) {
                throw new InteropException(file, neither, "pseudonyms.encoding");
            } catch (IOException e) {
                throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
            }
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        List<Replacement> key = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(content)).setFormat(CSVFormat.RFC4180
                .builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get()).get()) {
            for (CSVRecord row : csv) {
                String name = row.size() > 0 ? row.get(0) : "";
                String pseudonym = row.size() > 1 ? row.get(1) : "";
                if (name.isBlank() || row.getRecordNumber() == 1
                        && HEADER_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                try {
                    key.add(new Replacement(name, pseudonym));
                } catch (ModelException e) {
                    throw new InteropException(file, "pseudonyms.badLine", row.getRecordNumber(), e.userText());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
        if (key.isEmpty()) {
            throw new InteropException(file, "pseudonyms.empty");
        }
        return List.copyOf(key);
    }

    public static void write(List<Replacement> key, Path file) throws InteropException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // Excel reads UTF-8 only with its mark
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("name", "pseudonym").get())) {
            for (Replacement r : key) {
                csv.printRecord(r.name(), r.pseudonym());
            }
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unwritable", String.valueOf(e.getMessage()));
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        RefiExport.writeAtomically(file, o -> o.write(bytes));
    }
}
