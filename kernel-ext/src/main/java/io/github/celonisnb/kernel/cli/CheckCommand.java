package io.github.celonisnb.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookChecker;
import io.github.celonisnb.magics.notebook.NotebookFinding;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code celonis-nb check}: reports the secrets in notebooks without changing them. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find secrets in notebooks and report where they are, never what they are.",
            "%nLooks for the keys in your default key files and CELONIS_API_TOKEN, in every encoding, and for the"
                + " shapes of keys and tokens whose value it does not know. Reports file, line, cell, output, JSON"
                + " path and kind.",
            "%nExit codes: 0 no secrets, 1 secrets found, 2 a file is not a valid notebook or cannot be read.%n"})
final class CheckCommand implements Callable<Integer> {

    static final String STDIN = "-";
    static final String STDIN_SHOWN = "<stdin>";

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATHS", arity = "0..*",
            description = "Notebooks, or directories to search for *.ipynb (skipping what git ignores); - reads one"
                    + " notebook from stdin. Default: the current directory.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or sarif (for code scanning).")
    ReportFormat format;

    @Mixin
    KnownSecretOptions keys = new KnownSecretOptions();

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (paths.size() > 1 && paths.contains(STDIN)) {
            throw new ParameterException(spec.commandLine(), "- (stdin) cannot be combined with other paths.");
        }
        PrintWriter err = spec.commandLine().getErr();
        SecretScanner scanner;
        try {
            scanner = new SecretScanner(new KnownSecretsLoader(context).load(keys));
        } catch (KeySourceException e) {
            err.println("celonis-nb: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        NotebookChecker checker = new NotebookChecker(scanner, InputShape.NOTEBOOK);
        List<CheckReport.Checked> checked = new ArrayList<>();
        List<CheckReport.Unreadable> unreadable = new ArrayList<>();
        if (paths.equals(List.of(STDIN))) {
            check(checker, STDIN_SHOWN, context.stdin(), checked, unreadable);
        } else {
            List<NotebookFile> files;
            try {
                files = new NotebookFiles(context).expand(paths.isEmpty() ? List.of(".") : paths);
            } catch (NoSuchFileException e) {
                err.println("celonis-nb: " + e.getFile() + ": no such file or directory.");
                return ExitCodes.USAGE;
            }
            try (ProgressBar progress = ProgressBar.start(err, files.size(), context.stderrIsTerminal())) {
                for (NotebookFile file : files) {
                    try (InputStream in = Files.newInputStream(file.path())) {
                        check(checker, file.shown(), in, checked, unreadable);
                    } catch (AccessDeniedException e) {
                        unreadable.add(new CheckReport.Unreadable(file.shown(),
                                "cannot be read (access denied); check its permissions.", -1, -1));
                    }
                    progress.step();
                }
            }
        }
        CheckReport report = new CheckReport(checked, unreadable);
        format.write(report, spec.commandLine().getOut());
        for (CheckReport.Unreadable file : report.unreadable()) {
            err.println("celonis-nb: " + file.file() + ": " + file.message());
        }
        err.println(report.summary());
        return report.exitCode();
    }

    private static void check(NotebookChecker checker, String shown, InputStream in,
            List<CheckReport.Checked> checked, List<CheckReport.Unreadable> unreadable) throws IOException {
        try {
            List<NotebookFinding> findings = checker.check(in);
            checked.add(new CheckReport.Checked(shown, findings));
        } catch (InvalidNotebookException e) {
            unreadable.add(new CheckReport.Unreadable(shown, e.getMessage(), e.line(), e.column()));
        }
    }
}
