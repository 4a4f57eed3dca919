package io.github.celonisnb.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.celonisnb.kernel.builtin.BuiltinMagicsInstaller;
import io.github.celonisnb.kernel.magic.CelonisMagicsInstaller;
import io.github.celonisnb.kernel.redaction.MessageRedactor;
import io.github.celonisnb.kernel.redaction.RedactingConnection;
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
        quietLogging();
        ParentProcessWatchdog.watch(System.getenv(ParentProcessWatchdog.PARENT_PID), () -> System.exit(0));

        KernelConnectionProperties properties = KernelConnectionProperties.parse(readConnection(connectionFile));
        KernelSettings settings = KernelSettings.fromEnvironment(System.getenv());
        SecretRegistry secrets = new SecretRegistry();
        CelonisKernel kernel = new CelonisKernel(settings, ownJar(), secrets);
        BuiltinMagicsInstaller.install(kernel);
        CelonisMagicsInstaller.install(kernel);

        RedactingConnection connection = new RedactingConnection(properties, new MessageRedactor(secrets::redactEverything));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        // Warm JShell while Jupyter is still sending kernel_info: the first cell then runs at full speed.
        Thread warmUp = new Thread(kernel.evaluator()::warmUp, "celonis-nb-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        connection.waitUntilClose();
        System.exit(0);
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
