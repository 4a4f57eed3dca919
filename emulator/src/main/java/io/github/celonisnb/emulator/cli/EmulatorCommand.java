package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.EmulatorStartException;
import io.github.celonisnb.emulator.StateFileException;
import io.github.celonisnb.emulator.TlsSetupException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code emulator}: runs the EMS emulator on 127.0.0.1 until interrupted, and (as subcommands)
 * manages its keys.
 */
@Command(name = "emulator",
        description = {"Run an EMS emulator on 127.0.0.1 until interrupted (Ctrl+C).",
            "Manage its keys with the subcommands, against the running emulator or a state file."},
        subcommands = {AddKeyCommand.class, ListKeysCommand.class, GrantCommand.class, RevokeCommand.class,
            DeleteKeyCommand.class, LoginLinkCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Stopped normally.",
            "1:Could not start (port in use, state file unreadable or invalid, token file not writable).",
            "2:Bad input.",
            "4:The state file is in use by another running emulator."})
public final class EmulatorCommand implements Callable<Integer> {

    /** How long the emulator runs once started; the default waits for the JVM to be interrupted. */
    @FunctionalInterface
    public interface Lifetime {

        /** Returns when the emulator should stop; the command closes it afterwards if still open. */
        void awaitStop(EmsEmulator running) throws InterruptedException;

        /** Runs until the JVM shuts down (Ctrl+C, SIGTERM); a shutdown hook closes the emulator. */
        static Lifetime untilShutdown() {
            return running -> {
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    running.close();
                    stopped.countDown();
                }, "ems-emulator-shutdown"));
                stopped.await();
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 to listen on; 0 (the default) picks a free one.")
    int port;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep keys (hashes only), applications, users and grants in this JSON file. "
                    + "Without it, everything lives in memory.")
    Path stateFile;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Where to write the admin token (mode 0600). Default: <state>.admin-token, "
                    + "or a temporary file when in memory.")
    Path adminTokenFile;

    @Option(names = "--tls", description = "Serve HTTPS with a certificate authority and certificate made at start.")
    boolean tls;

    @Option(names = "--ca-file", paramLabel = "FILE",
            description = "With --tls: where to write the CA certificate (PEM) clients must trust. Default: "
                    + "<state>.ca.pem, or a temporary file when in memory.")
    Path caFile;

    @Option(names = "--ui", description = "Also serve the Admin & Settings web page (Applications, keys, "
            + "permissions) and print a one-time link to open it.")
    boolean ui;

    private final Lifetime lifetime;

    /** The command as the CLI uses it: runs until the JVM is interrupted. */
    public EmulatorCommand() {
        this(Lifetime.untilShutdown());
    }

    /** The command with another lifetime, e.g. one that returns when a test is done. */
    public EmulatorCommand(Lifetime lifetime) {
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + " is out of range: expected 0 (any free port) to 65535.");
        }
        if (caFile != null && !tls) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ca-file goes with --tls.");
        }
        boolean temporaryTokenFile = adminTokenFile == null && stateFile == null;
        Path tokenFile;
        try {
            tokenFile = tokenFile();
        } catch (IOException e) {
            err.println("Cannot make a temporary file for the admin token: " + e.getClass().getSimpleName()
                    + ". Give a writable path with --admin-token-file.");
            return ExitCodes.FAILURE;
        }
        EmsEmulator emulator;
        try {
            // The token file is named before start so that the web page can name it in its messages.
            emulator = EmsEmulator.start(EmulatorConfig.builder().port(port).stateFile(stateFile).tls(tls)
                    .caCertificateFile(caFileFor()).ui(ui).adminTokenFile(tokenFile).build());
        } catch (EmulatorStartException | TlsSetupException e) {
            err.println(e.getMessage());
            deleteTemporary(temporaryTokenFile, tokenFile);
            return ExitCodes.FAILURE;
        } catch (StateFileException e) {
            err.println(e.getMessage());
            deleteTemporary(temporaryTokenFile, tokenFile);
            return e.problem() == StateFileException.Problem.IN_USE ? ExitCodes.IN_USE : ExitCodes.FAILURE;
        }
        try (emulator) {
            try {
                SecretFiles.writeOwnerOnly(tokenFile, emulator.adminToken().value());
            } catch (IOException e) {
                err.println("Cannot write the admin token to " + tokenFile + ": " + e.getClass().getSimpleName() + ". Give a writable path with --admin-token-file.");
                return ExitCodes.FAILURE;
            }
            out.println("EMS emulator listening on " + emulator.baseUrl());
            out.println(emulator.stateFile().map(p -> "State file: " + p)
                    .orElse("State: in memory (keys are gone when it stops; use --state FILE to keep them)"));
            out.println("Admin token written to " + tokenFile + " (readable by you only); send it as header "
                    + AdminToken.HEADER + ".");
            emulator.tls().ifPresent(t -> out.println("TLS: trust the CA certificate in " + t.caCertificateFile()
                    + " (PEM), e.g. SSL_CERT_FILE=" + t.caCertificateFile() + " or REQUESTS_CA_BUNDLE="
                    + t.caCertificateFile() + "."));
            String trust = emulator.tls().map(t -> " --ca-file " + t.caCertificateFile()).orElse("");
            out.println("Add a key: celonis-nb emulator add-key --url " + emulator.baseUrl() + " --admin-token-file " + tokenFile
                    + trust + " --type app --name NAME --grant SERVICE:PERM");
            if (emulator.servesUi()) {
                out.println("Admin & Settings page: open this link in your browser. It signs you in once; the browser"
                        + " then stays signed in for 8 hours:");
                out.println("  " + emulator.newUiLoginUrl());
                out.println("Signed out, or the link used already? A new link: celonis-nb emulator login-link --url "
                        + emulator.baseUrl() + " --admin-token-file " + tokenFile + trust);
            }
            out.println("Press Ctrl+C to stop.");
            out.flush();
            lifetime.awaitStop(emulator);
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            deleteTemporary(temporaryTokenFile, tokenFile);
        }
    }

    private Path caFileFor() {
        if (caFile != null) {
            return caFile;
        }
        if (tls && stateFile != null) {
            Path state = stateFile.toAbsolutePath().normalize();
            return state.resolveSibling(state.getFileName() + ".ca.pem");
        }
        return null;
    }

    /** Where the admin token goes: the option, beside the state file, or a new temporary file. */
    private Path tokenFile() throws IOException {
        if (adminTokenFile != null) {
            return adminTokenFile.toAbsolutePath().normalize();
        }
        if (stateFile != null) {
            Path state = stateFile.toAbsolutePath().normalize();
            return state.resolveSibling(state.getFileName() + ".admin-token");
        }
        Path temporary = Files.createTempFile("celonis-nb-emulator-", ".admin-token");
        // On Ctrl+C the JVM may halt before this thread's cleanup runs; the JVM's own exit hook deletes it then.
        temporary.toFile().deleteOnExit();
        return temporary;
    }

    private static void deleteTemporary(boolean temporary, Path file) {
        if (temporary) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The token is useless once the emulator has stopped; a leftover file exposes nothing.
        }
    }
}
