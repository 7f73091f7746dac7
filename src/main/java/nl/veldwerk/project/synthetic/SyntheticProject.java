package nl.veldwerk.project.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;

/**
 * A deterministic synthetic project for benchmarks: the same seed and sizes always give the same
 * project. Transcripts alternate interviewer and respondent turns in Dutch-like text; codes form a
 * two-level hierarchy; quotations spread evenly over the documents, each with one to three codes.
 */
public final class SyntheticProject {
    /** Named sizes; "large" is the target size of the performance requirements. */
    public enum Preset {
        SMALL(10, 2_000, 500, 50),
        MEDIUM(100, 5_000, 10_000, 200),
        LARGE(1_000, 10_000, 100_000, 1_000),
        /** Ten times large: the scale issue's project (needs a few GB of heap to generate). */
        HUGE(10_000, 10_000, 1_000_000, 2_000);

        public final int documents;
        public final int words;
        public final int quotations;
        public final int codes;

        Preset(int documents, int words, int quotations, int codes) {
            this.documents = documents;
            this.words = words;
            this.quotations = quotations;
            this.codes = codes;
        }
    }

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] WORDS = ("de het een en van in is dat op te zijn met voor niet die ook er "
            + "maar als bij of aan om dan nog wel naar ze wat hij we je heb kan geen meer wordt worden hebben "
            + "buurt wijk buren bewoners hulp wijkcoach buurthuis vrijwilligers aanbod voorziening voorzieningen "
            + "gemeente geld kosten bijdrage schaamte vertrouwen wantrouwen angst familie kinderen ouderen "
            + "jongeren taal cultuur moskee kerk netwerk contact samen eenzaam eenzaamheid activiteiten koffie "
            + "inloop spreekuur formulier schulden armoede werk uitkering zorg huisarts school sport vereniging "
            + "mensen vaak soms eigenlijk gewoon natuurlijk misschien belangrijk moeilijk makkelijk samenwerken "
            + "doorverwijzen signaleren bereiken weten kennen vragen zoeken vinden komen gaan zeggen denken "
            + "voelen proberen helpen praten luisteren merken zien gebruiken bekend onbekend drempel stap").split(" ");

    private SyntheticProject() {
    }

    public static Project generate(Preset preset, long seed) {
        return generate(preset.documents, preset.words, preset.quotations, preset.codes, seed);
    }

    public static Project generate(int documents, int wordsPerDocument, int quotations, int codes, long seed) {
        Random random = new Random(seed);
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Synthetic " + documents + "x" + wordsPerDocument,
                "Generated with seed " + seed, "nl", EPOCH));
        p.put(new Coder("coder-1", "Onderzoeker"));
        p.put(new Coder("coder-2", "Begeleider"));
        p.put(new DocumentGroup("group-a", "Aanbieders", ""));
        p.put(new DocumentGroup("group-w", "Wijkcoaches", ""));
        p.put(new AttributeDefinition("attr-role", "role", AttributeType.TEXT));
        List<String> codeIds = addCodes(p, codes);
        List<Document> docs = new ArrayList<>(documents);
        for (int d = 0; d < documents; d++) {
            Document doc = document(d, wordsPerDocument, random).withNumber(d + 1);
            p.put(doc);
            docs.add(doc);
        }
        addQuotations(p, docs, codeIds, quotations, random);
        return p;
    }

    private static List<String> addCodes(Project p, int codes) {
        List<String> ids = new ArrayList<>(codes);
        int categories = Math.max(1, codes / 10);
        for (int c = 0; c < codes; c++) {
            String id = String.format("code-%05d", c);
            String parent = c < categories ? null : String.format("code-%05d", c % categories);
            p.put(Code.of(id, (parent == null ? "Categorie " : "Code ") + c, Colors.palette(c), parent));
            ids.add(id);
        }
        return ids;
    }

    private static Document document(int index, int words, Random random) {
        StringBuilder text = new StringBuilder(words * 7);
        List<SpeakerTurn> turns = new ArrayList<>();
        String respondent = String.format("R%04d", index + 1);
        int written = 0;
        boolean interviewer = true;
        while (written < words) {
            int start = text.length();
            String speaker = interviewer ? "Interviewer" : respondent;
            text.append(speaker).append(": ");
            int turnWords = Math.min(words - written, interviewer ? 8 + random.nextInt(20) : 30 + random.nextInt(150));
            appendSentences(text, turnWords, random);
            turns.add(new SpeakerTurn(speaker, start, text.length(), (long) written * 400));
            text.append('\n');
            written += turnWords;
            interviewer = !interviewer;
        }
        String id = String.format("doc-%06d", index);
        boolean provider = index % 3 != 0;
        return new Document(id, String.format("Interview %04d", index + 1), "", text.toString(),
                SourceFormat.SYNTHETIC, turns, Set.of(provider ? "group-a" : "group-w"),
                Map.of("role", provider ? "aanbieder" : "wijkcoach"), EPOCH);
    }

    private static void appendSentences(StringBuilder text, int words, Random random) {
        boolean sentenceStart = true;
        for (int w = 0; w < words; w++) {
            // Squaring skews the choice to the start of the list: common words are common, as in speech.
            double r = random.nextDouble();
            String word = WORDS[(int) (r * r * WORDS.length)];
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            sentenceStart = random.nextInt(12) == 0 || w == words - 1;
            text.append(sentenceStart ? ". " : " ");
        }
        text.setLength(text.length() - 1);
    }

    private static void addQuotations(Project p, List<Document> docs, List<String> codeIds, int quotations,
                                      Random random) {
        if (docs.isEmpty() || codeIds.isEmpty()) {
            return;
        }
        for (int q = 0; q < quotations; q++) {
            Document doc = docs.get(q % docs.size());
            String text = doc.text();
            int start = wordStart(text, random.nextInt(Math.max(1, text.length() - 1)));
            int end = Math.min(text.length(), start + 20 + random.nextInt(300));
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String coder = q % 5 == 0 ? "coder-2" : "coder-1";
            String quotationId = uuidFrom(String.format("q-%07d", q));
            Instant created = EPOCH.plusSeconds(q);
            p.put(new Quotation(quotationId, doc.id(), start, end, q % 10 == 0 ? "Opvallend citaat" : "", coder,
                    created, q / docs.size() + 1));
            int codings = 1 + random.nextInt(3);
            for (int k = 0; k < codings; k++) {
                String codeId = codeIds.get(random.nextInt(codeIds.size()));
                boolean duplicate = p.codingsOf(quotationId).stream().anyMatch(c -> c.codeId().equals(codeId));
                if (!duplicate) {
                    p.put(new Coding(codingId(quotationId, k), quotationId, codeId, coder, created));
                }
            }
        }
    }

    private static String codingId(String quotationId, int k) {
        return uuidFrom(quotationId + "-" + k);
    }

    /**
     * An id in the form the application gives one (a lower-case UUID), made from a name so the project stays the
     * same for a seed. Not numbered in order ("q-0000001", ...): such ids lie side by side in a hash table, so
     * opening a project of them was faster than opening one of real ids, found in random places.
     */
    private static String uuidFrom(String name) {
        return java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static int wordStart(String text, int position) {
        int i = position;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
