package nl.veldwerk.cli;

import java.io.PrintWriter;

import nl.veldwerk.importer.ImportException;
import nl.veldwerk.interop.InteropException;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.store.ProjectFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veldwerk}: the command-line entry point. Bad input gives one line on stderr and exit status 1. */
@Command(name = "veldwerk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Qualitative coding of interview transcripts, from the command line.",
        // In the order a study needs them: start, bring transcripts in, look, find, code, report, exchange,
        // send, keep safe. Benchmarks and the generator are a separate program (cli.bench.BenchMain).
        subcommands = {NewCommand.class, ImportCommand.class, InfoCommand.class, SearchCommand.class,
                QueryCommand.class, KwicCommand.class, CodeHitsCommand.class, SuggestCommand.class, MoreLikeCommand.class,
                EvaluateSuggestionsCommand.class, ImportCodebookCommand.class,
                ReportCommand.class, CodebookReportCommand.class, MemoReportCommand.class, ExportDiagramCommand.class,
                PseudonymiseCommand.class,
                ImportQdpxCommand.class, ExportQdpxCommand.class, ImportQdcCommand.class, ExportQdcCommand.class,
                BundleCommand.class, UnbundleCommand.class, ReindexCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        nl.veldwerk.report.LibraryLogging.quiet();
        // A project this process opens for writing names the command line as its holder in the lock file.
        System.setProperty("veldwerk.program", "cli");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status (for tests: no System.exit). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /**
     * Runs a picocli command line with Veldwerk's rule for failures: bad input gives one line on stderr
     * and exit status 1 (2 for a wrong command line).
     */
    public static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        helpEverywhere(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // One line for the user; the whole story for whoever runs with java.util.logging at FINE.
            System.getLogger(Main.class.getName()).log(System.Logger.Level.DEBUG, "veldwerk " + String.join(" ",
                    args) + " failed", e);
            if (e instanceof nl.veldwerk.model.UserText.Carrier carrier) {
                String said = carrier.userText().text(languageOf(parseResult));
                if (e instanceof ProjectFileException damaged) { // on the same line: bad input is said in one
                    said += wayBack(damaged, languageOf(parseResult)).map(hint -> "; " + hint).orElse("");
                }
                err.println("veldwerk: " + said);
                return 1;
            }
            if (e instanceof ProjectFileException || e instanceof ImportException || e instanceof ModelException
                    || e instanceof InteropException) {
                err.println("veldwerk: " + e.getMessage());
                return 1;
            }
            java.util.Locale language = languageOf(parseResult);
            if (e instanceof java.nio.file.NoSuchFileException missing) {
                err.println("veldwerk: " + cliText(language, "file.missing", asked(missing.getFile(), args)));
                return 1;
            }
            if (e instanceof java.nio.file.AccessDeniedException denied) {
                err.println("veldwerk: " + cliText(language, "file.denied", asked(denied.getFile(), args)));
                return 1;
            }
            if (e instanceof java.nio.file.FileAlreadyExistsException folder && nl.veldwerk.report.GridExport.IS_A_FOLDER.equals(folder.getReason())) {
                err.println("veldwerk: " + cliText(language, "file.isFolder", folder.getFile()));
                return 1;
            }
            if (e instanceof java.io.IOException io) {
                err.println("veldwerk: " + io.getMessage());
                return 1;
            }
            throw e;
        });
        // A wrong command line: one line and where to read more, not the whole usage (exit status 2).
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine at = ex.getCommandLine();
            at.getErr().println("veldwerk: " + ex.getMessage().lines().findFirst().orElse("") + " (see '"
                    + at.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * The way back for a project that cannot be opened for damage: for a damaged document part, restore; for a
     * manifest damaged or gone, that its earlier saves are kept and how the window offers the newest (QA: the command
     * line said nothing of either, and restore refused a damaged manifest the same way).
     */
    private static java.util.Optional<String> wayBack(ProjectFileException e, java.util.Locale language) {
        if (nl.veldwerk.store.Backups.aboutAPart(e)) { // the others open; restore puts it back (QA: not said here)
            java.nio.file.Path project = e.file().getParent().getParent();
            return java.util.Optional.of(cliText(language, "project.restorePart", project));
        }
        if (!nl.veldwerk.store.Backups.aboutTheManifest(e) || e.file() == null) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path folder = nl.veldwerk.store.Backups.folderOf(e);
        java.util.List<nl.veldwerk.store.Backups.Save> saves = folder == null ? java.util.List.of()
                : nl.veldwerk.store.Backups.saves(folder);
        return saves.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(cliText(language,
                "project.earlierSaves", saves.size(), saves.getFirst().savedAt()
                        .atZone(java.time.ZoneId.systemDefault())
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
    }

    private static String cliText(java.util.Locale language, String key, Object... args) {
        return nl.veldwerk.model.UserText.of(CliFailure.class, key, args).text(language);
    }

    /** Every command answers --help (before it checks its parameters) and --version, as the top level does. */
    private static void helpEverywhere(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.mixinStandardHelpOptions(true);
            }
            if (spec.versionProvider() == null) {
                spec.versionProvider(cli.getCommandSpec().versionProvider());
            }
            helpEverywhere(sub);
        }
    }

    /**
     * The file asked for, not the temporary one beside it that an atomic write opens first ("cb.docx.tmp"): only
     * where the command line names the file without ".tmp" (a file of that name that is read keeps its name).
     */
    static String asked(String file, String[] args) {
        String name = String.valueOf(file);
        if (!name.endsWith(".tmp")) {
            return name;
        }
        java.nio.file.Path written = java.nio.file.Path.of(name.substring(0, name.length() - ".tmp".length()))
                .toAbsolutePath().normalize();
        for (String arg : args) {
            String value = arg.startsWith("--") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
            try {
                if (java.nio.file.Path.of(value).toAbsolutePath().normalize().equals(written)) {
                    return value;
                }
            } catch (java.nio.file.InvalidPathException notAPath) {
                // an option's value that is no path
            }
        }
        return name;
    }

    /** The language the command was asked to speak ({@code --lang}), English without one. */
    private static java.util.Locale languageOf(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult at = result; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption("--lang")) {
                try {
                    return Languages.of(String.valueOf(at.matchedOptionValue("--lang", "en")));
                } catch (CliFailure unknown) {
                    return java.util.Locale.ENGLISH;
                }
            }
        }
        return java.util.Locale.ENGLISH;
    }
}
