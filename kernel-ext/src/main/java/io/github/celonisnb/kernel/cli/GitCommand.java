package io.github.celonisnb.kernel.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.celonisnb.kernel.git.FilterCommands;
import io.github.celonisnb.kernel.git.FilterSetup;
import io.github.celonisnb.kernel.git.Git;
import io.github.celonisnb.kernel.git.GitMissingException;
import io.github.celonisnb.kernel.git.NotAGitRepositoryException;
import io.github.celonisnb.kernel.git.SanitizingFilter;
import io.github.celonisnb.kernel.git.SetupPiece;
import io.github.celonisnb.kernel.git.SetupStatus;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.notebook.gitfilter.FilterSessionSummary;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code celonis-nb git ...}: the git clean filter that keeps secrets out of commits. */
@Command(name = "git", mixinStandardHelpOptions = true,
        description = {"Set up git to sanitize every notebook as it is staged.",
            "%nThe working copy keeps its outputs and keys; commits get redaction marks. One JVM serves all files of"
                + " a git command.%n"},
        subcommands = {GitCommand.Install.class, GitCommand.Uninstall.class, GitCommand.Status.class,
            GitCommand.FilterProcess.class})
final class GitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where install, uninstall and status work: this repository or the user's global config. */
    static final class Where {
        @Option(names = "--global", description = "The user's global git config, for every repository.")
        boolean global;

        @Option(names = "--attributes-file", paramLabel = "FILE",
                description = "The attributes file for the '*.ipynb' line (default: the work tree's .gitattributes;"
                        + " with --global, git's global attributes file).")
        Path attributesFile;

        @Option(names = "--info-attributes",
                description = "Use .git/info/attributes (this clone only) instead of .gitattributes.")
        boolean infoAttributes;

        FilterSetup setup(CliContext context) throws IOException, NotAGitRepositoryException {
            Git git = new Git(context.workingDirectory(), context.environment());
            Path file = attributesFile == null ? null : context.resolve(attributesFile);
            return global ? FilterSetup.forUser(git, file, context.environment(), context.userHome())
                    : FilterSetup.forRepository(git, file, infoAttributes);
        }
    }

    /** Runs a setup action, turning a missing git or a folder outside any repository into its exit code. */
    private abstract static class SetupAction implements Callable<Integer> {
        final CliContext context;

        @Spec
        CommandSpec spec;

        @Mixin
        Where where = new Where();

        SetupAction(CliContext context) {
            this.context = context;
        }

        @Override
        public final Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (where.global && where.infoAttributes) {
                err.println("celonis-nb: --info-attributes is a file of one clone; it cannot be combined with"
                        + " --global.");
                return ExitCodes.USAGE;
            }
            try {
                return run(where.setup(context), spec.commandLine().getOut());
            } catch (GitMissingException e) {
                err.println("celonis-nb: " + e.getMessage());
                return ExitCodes.MISSING_TOOL;
            } catch (NotAGitRepositoryException e) {
                err.println("celonis-nb: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }

        abstract int run(FilterSetup setup, PrintWriter out) throws IOException;
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install the clean filter, the diff driver and the attributes line.",
                "%nSets filter.celonis-nb.process, filter.celonis-nb.required = true and diff.celonis-nb.textconv,"
                    + " and adds '" + FilterSetup.ATTRIBUTES_LINE + "'.%n"})
    static final class Install extends SetupAction {

        @Option(names = "--jar", paramLabel = "JAR", description = "The celonis-nb jar git runs (default: this one).")
        Path jar;

        @Option(names = "--java", paramLabel = "JAVA", description = "The java git runs it with (default: this JVM's).")
        Path java;

        Install(CliContext context) {
            super(context);
        }

        @Override
        int run(FilterSetup setup, PrintWriter out) throws IOException {
            Path ownJar = jar != null ? context.resolve(jar) : RunningJar.path();
            if (!Files.isRegularFile(ownJar)) {
                spec.commandLine().getErr().println("celonis-nb: git must run the celonis-nb jar, and " + ownJar
                        + " is not one; pass --jar kernel-ext/target/celonis-nb.jar, or use bin/celonis-nb.");
                return ExitCodes.USAGE;
            }
            FilterCommands commands = FilterCommands.forJar(java != null ? java : FilterCommands.currentJava(),
                    ownJar.toAbsolutePath());
            for (String line : setup.install(commands)) {
                out.println(line);
            }
            out.println("Notebooks are now sanitized as they are staged. Notebooks committed before are cleaned when"
                    + " they next change; to clean them all now, run: git add --renormalize .");
            return ExitCodes.OK;
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Remove exactly what install added.")
    static final class Uninstall extends SetupAction {

        Uninstall(CliContext context) {
            super(context);
        }

        @Override
        int run(FilterSetup setup, PrintWriter out) throws IOException {
            for (String line : setup.uninstall()) {
                out.println(line);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Show each piece of the setup.",
                "%nExit codes: 0 installed, 1 not (or not fully) installed.%n"})
    static final class Status extends SetupAction {

        Status(CliContext context) {
            super(context);
        }

        @Override
        int run(FilterSetup setup, PrintWriter out) throws IOException {
            SetupStatus status = setup.status();
            int width = status.pieces().stream().mapToInt(p -> p.name().length()).max().orElse(0);
            for (SetupPiece piece : status.pieces()) {
                out.println(String.format("%-" + width + "s  %-7s  %s", piece.name(), piece.state().word(),
                        piece.detail()));
            }
            out.println(status.installed() ? "celonis-nb filter: installed"
                    : "celonis-nb filter: not installed; run celonis-nb git install");
            return status.installed() ? ExitCodes.OK : ExitCodes.FOUND_PROBLEM;
        }
    }

    @Command(name = "filter-process", mixinStandardHelpOptions = true,
            description = {"Git's long-running clean filter, started by git.",
                "%nSpeaks git's pkt-line protocol on stdin and stdout (filter.celonis-nb.process) and prints a"
                    + " summary on stderr.%n"})
    static final class FilterProcess implements Callable<Integer> {

        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Mixin
        KnownSecretOptions keys = new KnownSecretOptions();

        FilterProcess(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            SanitizingFilter filter;
            try {
                List<KnownSecret> known =
                        new KnownSecretsLoader(context).load(keys);
                filter = SanitizingFilter.using(new NotebookSanitizer(new SecretScanner(known), InputShape.NOTEBOOK));
            } catch (KeySourceException e) {
                filter = SanitizingFilter.refusing(e.getMessage());
            }
            OutputStream out = new BufferedOutputStream(context.stdout(), 1 << 16);
            FilterSessionSummary session = filter.serve(new BufferedInputStream(context.stdin(), 1 << 16), out);
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            for (String line : filter.summary(session)) {
                err.println(line);
            }
            err.flush();
            return session.succeeded() ? ExitCodes.OK : ExitCodes.FOUND_PROBLEM;
        }
    }
}
