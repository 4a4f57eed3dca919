package io.github.celonisnb.kernel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.celonisnb.magics.notebook.CellMetadataConflictException;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.notebook.OutputStripper;
import io.github.celonisnb.magics.notebook.StripOptions;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code celonis-nb sanitize}: replaces the secrets in notebooks with redaction marks and changes nothing else. */
@Command(name = "sanitize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replace the secrets in notebooks with redaction marks, and change nothing else.",
            "%nEach secret becomes a mark such as [REDACTED celonis-app-key]; a notebook without secrets keeps every"
                + " byte and its modification time. Files are rewritten in place atomically; - (or no PATHS) reads"
                + " stdin and writes stdout.",
            "%nExit codes: 0 done, 2 a file is not a valid notebook or cannot be read (it is left as it was).%n"})
final class SanitizeCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATHS", arity = "0..*",
            description = "Notebooks, or directories to search for *.ipynb (skipping what git ignores); - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdout", description = "Write the result to stdout and leave the file alone (one file).")
    boolean stdout;

    @Option(names = "--textconv", description = "For git's diff driver: like --stdout, without the summary; a file"
            + " that is not a valid notebook is shown as text with the secrets found in it redacted.")
    boolean textconv;

    @Option(names = "--dry-run", description = "Say what would change; write nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    StripOutputOptions strip = new StripOutputOptions();

    @Mixin
    KnownSecretOptions keys = new KnownSecretOptions();

    /** Hidden: lets tests take the streaming path with small files. */
    @Option(names = "--stream-above", paramLabel = "BYTES", hidden = true)
    long inMemoryLimit = FileSanitizer.DEFAULT_IN_MEMORY_LIMIT;

    SanitizeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String stray = strip.strayOption();
        if (stray != null) {
            throw new ParameterException(spec.commandLine(), stray + " only applies together with --strip-outputs.");
        }
        boolean fromStdin = paths.isEmpty() || paths.equals(List.of(CheckCommand.STDIN));
        if (!fromStdin && paths.contains(CheckCommand.STDIN)) {
            throw new ParameterException(spec.commandLine(), "- (stdin) cannot be combined with other paths.");
        }
        boolean toStdout = stdout || textconv || fromStdin;
        if (toStdout && !fromStdin && paths.size() != 1) {
            throw new ParameterException(spec.commandLine(), (textconv ? "--textconv" : "--stdout")
                    + " takes one notebook; to sanitize several, leave it out and they are rewritten in place.");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (toStdout && !fromStdin && Files.isDirectory(context.resolve(Path.of(paths.get(0))))) {
            String option = textconv ? "--textconv" : "--stdout";
            err.println("celonis-nb: " + paths.get(0) + ": is a directory, and " + option + " writes one notebook to"
                    + " stdout. Name a notebook file, or leave out " + option + " to sanitize the notebooks under "
                    + paths.get(0) + " in place.");
            return ExitCodes.USAGE;
        }
        SecretScanner scanner;
        try {
            scanner = new SecretScanner(new KnownSecretsLoader(context).load(keys));
        } catch (KeySourceException e) {
            err.println("celonis-nb: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StripOptions stripOptions;
        try {
            stripOptions = strip.toStripOptions();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-size: " + e.getMessage());
        }
        FileSanitizer files = new FileSanitizer(new NotebookSanitizer(scanner, InputShape.NOTEBOOK),
                stripOptions == null ? null : new OutputStripper(stripOptions), inMemoryLimit);
        Tally tally = new Tally(stripOptions != null);
        if (toStdout) {
            toStdout(files, scanner, fromStdin, tally);
        } else {
            List<NotebookFile> notebooks;
            try {
                notebooks = new NotebookFiles(context).expand(paths);
            } catch (NoSuchFileException e) {
                err.println("celonis-nb: " + e.getFile() + ": no such file or directory.");
                return ExitCodes.USAGE;
            }
            inPlace(files, notebooks, tally);
        }
        if (!quiet && !textconv) {
            err.println(tally.summary(dryRun));
        }
        return tally.failed > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

    private void inPlace(FileSanitizer files, List<NotebookFile> notebooks, Tally tally) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (ProgressBar progress = ProgressBar.start(err, notebooks.size(), context.stderrIsTerminal())) {
            for (NotebookFile notebook : notebooks) {
                try {
                    SanitizeOutcome outcome = files.inPlace(notebook.path(), dryRun);
                    tally.add(outcome);
                    report(notebook.shown(), outcome, progress);
                } catch (InvalidNotebookException | CellMetadataConflictException e) {
                    tally.failed++;
                    progress.clearForMessage();
                    err.println("celonis-nb: " + notebook.shown() + ": " + e.getMessage() + " The file was left"
                            + " as it was.");
                } catch (AccessDeniedException e) {
                    tally.failed++;
                    progress.clearForMessage();
                    err.println("celonis-nb: " + notebook.shown() + ": access denied; check the permissions of the"
                            + " file and its folder. The file was left as it was.");
                }
                progress.step();
            }
        }
    }

    private void report(String shown, SanitizeOutcome outcome, ProgressBar progress) {
        boolean printing = !outcome.warnings().isEmpty() || (outcome.changed() && !quiet);
        if (printing) {
            progress.clearForMessage();
        }
        for (String warning : outcome.warnings()) {
            spec.commandLine().getErr().println("celonis-nb: " + shown + ": " + warning);
        }
        if (!outcome.changed() || quiet) {
            return;
        }
        String what = outcome.secrets() > 0 ? Plural.of(outcome.secrets(), "secret") + " replaced" : "";
        if (outcome.stripped()) {
            what += (what.isEmpty() ? "" : ", ") + "outputs stripped";
        }
        if (dryRun) {
            spec.commandLine().getOut().println("Dry run: would have sanitized " + shown + " (" + what + ")");
        } else {
            spec.commandLine().getErr().println("sanitized " + shown + " (" + what + ")");
        }
    }

    private void toStdout(FileSanitizer files, SecretScanner scanner, boolean fromStdin, Tally tally)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String shown = fromStdin ? CheckCommand.STDIN_SHOWN : paths.get(0);
        OutputStream out = dryRun ? OutputStream.nullOutputStream() : context.stdout();
        try {
            SanitizeOutcome outcome = fromStdin ? files.toStream(context.stdin(), out)
                    : files.toStream(context.resolve(Path.of(shown)), out);
            tally.add(outcome);
            for (String warning : outcome.warnings()) {
                err.println("celonis-nb: " + shown + ": " + warning);
            }
        } catch (NoSuchFileException e) {
            tally.failed++;
            err.println("celonis-nb: " + shown + ": no such file or directory.");
        } catch (InvalidNotebookException | CellMetadataConflictException e) {
            if (textconv && !fromStdin) {
                showAsRedactedText(scanner, context.resolve(Path.of(shown)), out);
                return;
            }
            tally.failed++;
            err.println("celonis-nb: " + shown + ": " + e.getMessage() + " Nothing was written.");
        }
    }

    /**
     * A diff should still show a broken notebook: as text, decoded leniently, with whatever the scanner finds in it
     * redacted. (A broken notebook cannot be committed through the filter; this is only what {@code git diff} shows.)
     */
    private static void showAsRedactedText(SecretScanner scanner, Path file, OutputStream out) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        out.write(scanner.redact(text).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Counts for the summary line. */
    private static final class Tally {
        private final boolean stripping;
        int files;
        int changed;
        int secrets;
        int stripped;
        int failed;

        Tally(boolean stripping) {
            this.stripping = stripping;
        }

        void add(SanitizeOutcome outcome) {
            files++;
            changed += outcome.changed() ? 1 : 0;
            secrets += outcome.secrets();
            stripped += outcome.stripped() ? 1 : 0;
        }

        /** E.g. {@code sanitized 2 of 5 notebooks, 3 secrets replaced}. */
        String summary(boolean dryRun) {
            int total = files + failed;
            StringBuilder line = new StringBuilder();
            line.append(dryRun ? "dry run: would sanitize " : "sanitized ").append(changed).append(" of ")
                    .append(Plural.of(total, "notebook")).append(", ").append(Plural.of(secrets, "secret"))
                    .append(dryRun ? " to replace" : " replaced");
            if (stripping) {
                line.append(", outputs stripped in ").append(stripped);
            }
            if (failed > 0) {
                line.append("; ").append(failed).append(failed == 1 ? " was" : " were")
                        .append(" not sanitized (see above)");
            }
            return line.toString();
        }
    }
}
