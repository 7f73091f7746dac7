package nl.veldwerk.interop;

import java.util.ArrayList;
import java.util.List;
import nl.veldwerk.model.UserText;

/**
 * A REFI-QDA project as read from XML, before it becomes Veldwerk entities: the structure of the
 * standard with GUIDs normalised (lower case, no braces) and nothing resolved yet.
 */
final class RefiProject {
    String name = "";
    String origin = "";
    String description = "";
    String created;
    /** Where the exporting tool's relative:// paths start (the Project's basePath), or null. */
    String basePath;
    final List<User> users = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();
    final List<Variable> variables = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Graph> graphs = new ArrayList<>();
    final List<Set> sets = new ArrayList<>();
    final List<String> noteRefs = new ArrayList<>();
    /** What the reader met and cannot represent (media, picture and PDF regions), in words. */
    final List<UserText> skipped = new ArrayList<>();

    record User(String guid, String name) {
    }

    static final class Code {
        String guid;
        String name;
        String color;
        String description = "";
        /** False for a heading the other tool would not let anyone code with (isCodable="false"). */
        boolean codable = true;
        final List<String> noteRefs = new ArrayList<>();
        final List<Code> children = new ArrayList<>();
    }

    record Variable(String guid, String name, String type, String description) {
    }

    record Value(String variableGuid, String value) {
    }

    static final class Case {
        String guid;
        String name;
        String description = "";
        final List<Value> values = new ArrayList<>();
        final List<String> sourceRefs = new ArrayList<>();
        /** Parts of sources the case is made of, and codes it is coded with: counted, to say they are left out. */
        int selectionRefs;
        int codeRefs;
    }

    static final class Source {
        String guid;
        String name;
        String plainTextPath;
        String plainTextContent;
        String description = "";
        String creatingUser;
        String created;
        final List<Selection> selections = new ArrayList<>();
        final List<String> noteRefs = new ArrayList<>();
        final List<Value> values = new ArrayList<>();
        /**
         * The GUID sets name this text by when it is not its own: the PDFSource of a text Representation, the
         * AudioSource or VideoSource of a Transcript (a set holds the recording, and so each of its transcripts).
         */
        String ownerGuid;
        /** For a media source's transcript: the recording's path as the file gives it ("internal://…"). */
        String mediaPath;
        /** For a transcript: its sync points with a time, {position, milliseconds}, in code points. */
        final List<long[]> syncPoints = new ArrayList<>();
    }

    static final class Selection {
        String guid;
        String name;
        long start;
        long end;
        String creatingUser;
        String created;
        String description = "";
        final List<Coding> codings = new ArrayList<>();
        final List<String> noteRefs = new ArrayList<>();
    }

    record Coding(String guid, String codeGuid, String creatingUser, String created) {
    }

    static final class Note {
        String guid;
        String name = "";
        String text;
        /** Its description beside its text (ATLAS.ti writes both): kept in the memo, after the text. */
        String description;
        String plainTextPath;
        String creatingUser;
        String created;
        String modified;
    }

    /** A network view: boxes (each standing for a code, a quotation, a document…) and the arrows between them. */
    record Graph(String guid, String name, List<Vertex> vertices, List<Edge> edges) {
    }

    /** A box: what it stands for ({@code represented}, a GUID) and where its top left corner is. */
    record Vertex(String guid, String represented, double x, double y) {
    }

    /** An arrow between two boxes, standing for a link ({@code represented}) or for nothing. */
    record Edge(String represented, String sourceVertex, String targetVertex) {
    }

    record Link(String guid, String name, String direction, String origin, String target, List<String> noteRefs) {
    }

    record Set(String guid, String name, String description, List<String> memberCodes, List<String> memberSources) {
    }
}
