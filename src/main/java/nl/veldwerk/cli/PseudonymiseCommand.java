package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.PseudonymKeys;
import nl.veldwerk.project.Pseudonymisation;
import nl.veldwerk.search.SearchIndex;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Replaces names by pseudonyms from a key list, saves, and removes the older versions that hold the names. */
@Command(name = "pseudonymise", description = "Replace names by pseudonyms in transcripts and speakers, document "
        + "names and attributes, comments, memos, codes, groups and diagrams, from a key list (CSV: name,pseudonym).")
final class PseudonymiseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--key", required = true, paramLabel = "FILE.csv",
            description = "the key list: a name and its pseudonym per line (keep it outside the project)")
    Path key;

    @Option(names = "--match-case", description = "only names written exactly so (default: any capitalisation)")
    boolean matchCase;

    @Option(names = "--dry-run", description = "list what would be replaced, change nothing")
    boolean dryRun;

    @Option(names = "--keep-history",
            description = "keep the backups of earlier saves (they still hold the names)")
    boolean keepHistory;

    @Override
    public Integer call() throws Exception {
        Pseudonymisation names = new Pseudonymisation(PseudonymKeys.read(key), matchCase);
        var out = spec.commandLine().getOut();
        try (ProjectStore store = WritableProject.open(directory)) {
            List<Pseudonymisation.Occurrence> all = names.find(store.session().project());
            List<Pseudonymisation.Occurrence> found = all.stream()
                    .filter(Pseudonymisation.Occurrence::replaced).toList();
            for (Pseudonymisation.Occurrence o : Pseudonymisation.replacedFirst(all)) {
                boolean kept = !o.replaced();
                out.println(o.ownerName() + "\t" + o.place().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                        + o.found() + (kept ? " (not replaced)" : " -> " + o.replacement()) + "\t…" + o.context() + "…");
            }
            int inside = all.size() - found.size();
            String notReplaced = inside == 0 ? "" : "; " + inside + " at the start of longer words, not"
                    + " replaced (inside_a_word above: add them to the key list if they name someone)";
            if (dryRun) {
                out.println(occurrences(found.size()) + notReplaced + "; nothing changed (--dry-run)");
                return 0;
            }
            store.session().execute(names.command(store.session().project()));
            store.save();
            if (!keepHistory) {
                store.forgetHistory();
            }
            // The search index holds the old texts too (deleted entries linger in its segments): drop it whole;
            // the next search or opening builds it from the pseudonymised project.
            SearchIndex.forget(directory);
            out.println("Replaced " + occurrences(found.size()) + " and saved"
                    + (keepHistory ? "; the backups of earlier saves still hold the names" : "; older versions removed")
                    + notReplaced + ".");
            return 0;
        }
    }

    private static String occurrences(int count) {
        return count == 1 ? "1 occurrence" : count + " occurrences";
    }
}
