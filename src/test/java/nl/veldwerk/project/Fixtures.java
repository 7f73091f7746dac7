package nl.veldwerk.project;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;

/** A small project in the thesis's domain for tests. */
public final class Fixtures {
    public static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    public static final String A01_TEXT = "Interviewer: Hoe komen bewoners bij u terecht?\n"
            + "A01: Vaak via de buren of via de wijkcoach. Mensen schamen zich om hulp te vragen.\n"
            + "Interviewer: En de kosten?\n"
            + "A01: De eigen bijdrage is voor sommigen echt een drempel.\n";

    private Fixtures() {
    }

    /** Two documents, a coder, a code tree (factor with two mechanisms) and nothing coded yet. */
    public static ProjectSession session() {
        Project p = new Project(ProjectInfo.named("Wijk Y", T));
        ProjectSession session = new ProjectSession(p);
        session.execute(NoteCommands.addCoder(new Coder("me", "Onderzoeker")));
        session.execute(DocumentCommands.add(Document.of("a01", "A01", A01_TEXT, SourceFormat.TXT, List.of(
                new SpeakerTurn("Interviewer", 0, A01_TEXT.indexOf("A01:"), null),
                new SpeakerTurn("A01", A01_TEXT.indexOf("A01:"), A01_TEXT.indexOf("Interviewer: En"), null)), T)));
        session.execute(DocumentCommands.add(Document.of("w01", "W01",
                "W01: Veel bewoners weten niet wat er is in de wijk.\n", SourceFormat.TXT, List.of(), T)));
        session.execute(CodeCommands.add(Code.of("netwerk", "Sociaal netwerk", "#1f77b4", null)));
        session.execute(CodeCommands.add(Code.of("weak", "Weak ties", "#aec7e8", "netwerk")));
        session.execute(CodeCommands.add(Code.of("strong", "Strong ties", "#ff7f0e", "netwerk")));
        session.execute(CodeCommands.add(Code.of("schaamte", "Schaamte", "#d62728", null).madeBy("me", T)));
        return session;
    }
}
