package io.github.celonisnb.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    private static final Logger BASEKERNEL_LOGGER = Logger.getLogger("io.github.spencerpark.jupyter");
    private static final Logger CHANNEL_LOGGER = Logger.getLogger("Jupyter");

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
        CelonisMagicsInstaller.install(kernel);

        RedactingConnection connection = new RedactingConnection(properties, new MessageRedactor(secrets::redact));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    private static String readConnection(Path file) throws IOException {
        return Files.readString(file);
    }

    /** basekernel logs every message at INFO to stderr, which nbconvert would show; keep warnings only. */
    private static void quietLogging() {
        BASEKERNEL_LOGGER.setLevel(Level.WARNING);
        CHANNEL_LOGGER.setLevel(Level.WARNING);
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
