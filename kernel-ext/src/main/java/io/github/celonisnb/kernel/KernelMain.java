package io.github.celonisnb.kernel;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.celonisnb.kernel.builtin.BuiltinMagicsInstaller;
import io.github.celonisnb.kernel.magic.CelonisMagicsInstaller;
import io.github.celonisnb.kernel.redaction.MessageRedactor;
import io.github.celonisnb.kernel.redaction.RedactingConnection;
import io.github.celonisnb.kernel.redaction.StreamContinuity;
import io.github.celonisnb.magics.credentials.LocalSecrets;
import io.github.celonisnb.magics.secrets.RedactingOutputStream;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel for a Jupyter connection file: {@code java -cp celonis-nb.jar
 * io.github.celonisnb.kernel.KernelMain CONNECTION_FILE}. The kernelspec runs exactly this.
 */
public final class KernelMain {

    /** Held so the level set below is not lost when the logger is collected. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: KernelMain CONNECTION_FILE (Jupyter passes it; see `celonis-nb kernel install`).");
            System.exit(2);
        }
        Path connectionFile = Path.of(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            System.err.println("Connection file '" + connectionFile + "' isn't a file.");
            System.exit(2);
        }
        SecretRegistry secrets = new SecretRegistry();
        LocalSecrets.registerAll(secrets, System.getenv(), LocalSecrets.userHome(System.getenv()));
        // Whatever reaches the process's own streams (a background thread after its cell, a logger,
        // a toString() during display) lands in the server log or nbconvert's terminal: redact it too.
        System.setOut(redactingProcessStream(FileDescriptor.out, secrets));
        System.setErr(redactingProcessStream(FileDescriptor.err, secrets));
        quietLogging();
        ParentProcessWatchdog.watch(System.getenv(ParentProcessWatchdog.PARENT_PID), () -> System.exit(0));

        serve(connectionFile, secrets, secrets::redactEverything, secrets::redactEverything);
        System.exit(0);
    }

    /**
     * Serves one Jupyter connection until it closes, every outgoing message passing these redactions. A
     * method of its own so that a benchmark can run the very same kernel with them replaced, to measure
     * what they cost.
     */
    static void serve(Path connectionFile, SecretRegistry secrets, UnaryOperator<String> messageRedaction,
                      StreamContinuity.ContextRedaction streamRedaction) throws Exception {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(readConnection(connectionFile));
        KernelSettings settings = KernelSettings.fromEnvironment(System.getenv());
        CelonisKernel kernel = new CelonisKernel(settings, ownJar(), secrets);
        BuiltinMagicsInstaller.install(kernel);
        CelonisMagicsInstaller.install(kernel);

        RedactingConnection connection = new RedactingConnection(properties, new MessageRedactor(messageRedaction),
                streamRedaction);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        // Warm JShell while Jupyter is still sending kernel_info: the first cell then runs at full speed.
        Thread warmUp = new Thread(kernel.evaluator()::warmUp, "celonis-nb-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        connection.waitUntilClose();
    }

    private static PrintStream redactingProcessStream(FileDescriptor fd, SecretRegistry secrets) {
        RedactingOutputStream redacting = new RedactingOutputStream(
                new LineRedactingStream(new FileOutputStream(fd), secrets::redactEverything), secrets);
        OutputStream flushingEverything = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                redacting.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                redacting.write(b, off, len);
            }

            /** Outside a cell nobody calls flushAll(); a held-back tail would be lost, so pass it on. */
            @Override
            public void flush() throws IOException {
                redacting.flushAll();
            }
        };
        return new PrintStream(flushingEverything, true, StandardCharsets.UTF_8);
    }

    private static String readConnection(Path file) throws IOException {
        return Files.readString(file);
    }

    /**
     * basekernel logs every message and loop event at INFO to stderr, which Jupyter front ends and
     * nbconvert show; its loggers hang off several names, so keep only warnings at the root.
     */
    static void quietLogging() {
        ROOT_LOGGER.setLevel(Level.WARNING);
        for (java.util.logging.Handler h : ROOT_LOGGER.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }

    /** Where this class was loaded from: the shaded jar in a kernelspec, a class folder in tests. */
    static String ownJar() {
        try {
            return Path.of(KernelMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("The kernel cannot tell where its own classes are.", e);
        }
    }
}
