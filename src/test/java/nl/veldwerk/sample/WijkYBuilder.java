package nl.veldwerk.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.analysis.ModelDiagram;
import nl.veldwerk.interop.AddCodebook;
import nl.veldwerk.interop.CodebookFiles;
import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.ProjectStore;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the sample project "wijk-y" from {@code sample-projects/wijk-y/source}: the thesis's verbatim
 * quotations (with respondent, section and the codes given them) and its interview guide (Bijlage 3).
 * Each respondent's transcript is the guide's questions as interviewer turns with their quotations as
 * answers under the question they answer; it is written as .docx, imported like any transcript, coded
 * with the built-in factor codebook, given the factor memos and the model diagram, and saved.
 * Run by hand: bin/build-sample (the result is committed; SampleProjectTest checks it).
 */
public final class WijkYBuilder {
    static final Instant WHEN = Instant.parse("2021-06-30T12:00:00Z");
    static final List<String> RESPONDENTS = List.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "W01",
            "W02", "W03");
    static final Set<String> ORGANISATION_R = Set.of("A01", "A02", "A06");
    static final String CORE = "fc-individueel-gebruik";

    private WijkYBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "sample-projects/wijk-y");
        Path source = sample.resolve("source");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode quotations = json.readTree(source.resolve("quotations.json").toFile());
        JsonNode guide = json.readTree(source.resolve("interview-guide.json").toFile());

        Map<String, List<JsonNode>> byRespondent = new LinkedHashMap<>();
        RESPONDENTS.forEach(r -> byRespondent.put(r, new ArrayList<>()));
        quotations.forEach(q -> byRespondent.get(q.get("respondent").asString()).add(q));

        Path transcripts = Files.createDirectories(sample.resolve("transcripts"));
        for (String r : RESPONDENTS) {
            writeDocx(transcripts.resolve(r + ".docx"), turns(r, byRespondent.get(r), guide));
        }

        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Wijk Y: voorliggende voorzieningen",
                "Voorbeeldproject bij Veldwerk: een reconstructie van de elf interviews uit de masterscriptie over het "
                        + "gebruik van voorliggende voorzieningen in wijk Y, op basis van de gepubliceerde citaten.",
                "nl", WHEN));
        ProjectSession session = new ProjectSession(p);
        AddCodebook.into(p, CodebookFiles.factorTemplate());
        p.put(new DocumentGroup("g-aanbieders", "Aanbieders", "Aanbieders van voorliggende voorzieningen (A01-A08)"));
        p.put(new DocumentGroup("g-wijkcoaches", "Wijkcoaches", "Wijkcoaches van het Sociaal Wijkteam Y (W01-W03)"));
        p.put(new AttributeDefinition("attr-rol", "rol", AttributeType.TEXT));
        p.put(new AttributeDefinition("attr-organisatie", "organisatie", AttributeType.TEXT));
        DocumentImporter importer = new DocumentImporter();
        int q = 0;
        for (String r : RESPONDENTS) {
            Document imported = importer.importFile(transcripts.resolve(r + ".docx"), WHEN);
            boolean coach = r.startsWith("W");
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("rol", coach ? "wijkcoach" : "aanbieder");
            if (ORGANISATION_R.contains(r)) {
                attributes.put("organisatie", "R");
            }
            Document d = new Document("doc-" + r, r, "Reconstructie uit de gepubliceerde scriptie: de vragen van de "
                    + "interviewguide (bijlage 3, guide " + (coach ? "B" : "A") + ") met de letterlijke citaten van "
                    + r + " uit hoofdstuk 5 en 6 als antwoorden. De volledige transcripten zijn niet openbaar.",
                    imported.text(), imported.sourceFormat(), imported.turns(),
                    Set.of(coach ? "g-wijkcoaches" : "g-aanbieders"), attributes, WHEN);
            p.put(d);
            for (JsonNode quote : byRespondent.get(r)) {
                String text = quote.get("text").asString();
                int start = d.text().indexOf(text);
                if (start < 0) {
                    throw new IllegalStateException(r + ": quotation not in the transcript: " + text);
                }
                String id = "q-" + r + "-" + (++q);
                p.put(new Quotation(id, d.id(), start, start + text.length(), "", null, WHEN));
                for (JsonNode code : quote.get("codes")) {
                    p.put(new Coding(id + "-" + code.asString(), id, "fc-" + code.asString(), null, WHEN));
                }
                if (quote.get("individualUse").asBoolean()) {
                    p.put(new Coding(id + "-core", id, CORE, null, WHEN));
                }
            }
        }
        memos(p);
        // The interviewer asks the interview guide's questions: left out of search, keyword in context and word
        // counts, as the README says interviewers are.
        p.put(p.info().withSpeakerRole("Interviewer", nl.veldwerk.model.SpeakerRole.INTERVIEWER));
        // Figure 11 of the thesis: the factors as categories, the social team between demand and supply.
        session.execute(ModelDiagram.draw(p, "Individueel gebruik voorliggende voorzieningen wijk Y"));

        // The sample folder is the project: its manifest and parts sit beside source/ and transcripts/.
        ProjectStore.create(sample, p).close();
        System.out.printf("%d documents, %d quotations, %d codes, %d codings%n", p.documents().size(),
                p.quotations().size(), p.codes().size(), p.codings().size());
    }

    /** The guide's questions as interviewer turns, each followed by the respondent's answers to it. */
    static List<String> turns(String respondent, List<JsonNode> quotes, JsonNode guide) {
        String which = respondent.startsWith("W") ? "B" : "A";
        List<String> questions = new ArrayList<>();
        guide.get(which).forEach(n -> questions.add(n.asString()));
        Map<Integer, List<String>> answers = new LinkedHashMap<>();
        for (JsonNode q : quotes) {
            String section = q.get("section").asString();
            int question = guide.get("questionOfSection").get(which).get(section).asInt();
            String text = q.get("text").asString();
            List<String> given = answers.computeIfAbsent(question, k -> new ArrayList<>());
            // The thesis quotes some answers twice, once within a longer quotation: the transcript holds it once.
            if (given.stream().noneMatch(a -> a.contains(text)) && quotes.stream().noneMatch(o -> o != q
                    && o.get("text").asString().length() > text.length() && o.get("text").asString().contains(text))) {
                given.add(text);
            }
        }
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            turns.add("Interviewer: " + questions.get(i));
            answers.getOrDefault(i, List.of()).forEach(a -> turns.add(respondent + ": " + a));
        }
        return turns;
    }

    static void writeDocx(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            paragraphs.forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
        }
    }

    /** The conclusion of each factor (§5.2.1-5.2.6, §5.3.3), in short, as memos on its code. */
    private static void memos(Project p) {
        memo(p, "fc-sociaal-netwerk", "Conclusie sociaal netwerk (§5.2.1)", "Het sociaal netwerk is van invloed op het "
                + "gebruik, maar de respondenten hebben weinig vertrouwen in de strong ties: familie en buren kampen vaak "
                + "zelf met problemen. Professionals (weak ties) bieden eerder nieuwe inzichten in wat er is; die pijl is "
                + "in figuur 7 dikker getekend.");
        memo(p, "fc-psychische-kenmerken", "Conclusie psychische kenmerken (§5.2.2)", "Schaamte en wantrouwen zijn "
                + "gevoelens die de respondenten herkennen; ze hangen ook samen met het netwerk en met cultuur. Schaamte "
                + "lijkt van grotere invloed dan wantrouwen (figuur 8).");
        memo(p, "fc-culturele-kenmerken", "Conclusie culturele kenmerken (§5.2.3)", "Culturele verschillen spelen een "
                + "rol: een aanbod dat inclusief én divers is, is lastig te organiseren, terwijl inwoners aanbod willen "
                + "dat past bij hun cultuur. De mechanismen tellen even zwaar (figuur 9).");
        memo(p, "fc-betaalbaarheid", "Conclusie betaalbaarheid (§5.2.4)", "De respondenten erkennen financiële "
                + "problemen onder inwoners, maar koppelen die niet aan het gebruik van voorzieningen. Betaalbaarheid "
                + "krijgt daarom geen plek in het model.");
        memo(p, "fc-bekendheid", "Conclusie bekendheid (§5.2.5)", "Niet uit de theorie maar uit de interviews: de "
                + "voorzieningen zijn niet bekend genoeg bij inwoners en ook niet bij wijkcoaches. Bekendheid staat aan "
                + "de aanbodkant van het model.");
        memo(p, "fc-rol-wijkcoach", "Conclusie rol van de wijkcoach (§5.3.3)", "Aanbieders verwachten dat het sociaal "
                + "wijkteam preventief werkt en het voorliggende veld zichtbaar maakt; de taakstelling van de "
                + "wijkcoaches (verwijzer en regisseur, geïndiceerde toegang) sluit daar niet op aan. Het wijkteam staat "
                + "in het model tussen vraag en aanbod.");
        memo(p, CORE, "Verhaallijn (§5.2.6, §6.1)", "Aan de vraagkant beïnvloeden het sociaal netwerk (vooral de weak "
                + "ties), psychische kenmerken (vooral schaamte) en culturele kenmerken het individuele gebruik; aan de "
                + "aanbodkant de bekendheid van de voorzieningen. Het Sociaal Wijkteam Y kan op beide kanten invloed "
                + "uitoefenen, maar doet dat in de praktijk niet op het aanbod.");
    }

    private static void memo(Project p, String codeId, String title, String text) {
        p.put(new Memo("memo-" + codeId, new MemoTarget(EntityKind.CODE, codeId), title, text, null, WHEN, WHEN));
    }}
