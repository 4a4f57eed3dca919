package io.github.celonisnb.kernel;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.celonisnb.kernel.builtin.BuiltinMagicsInstaller;
import io.github.celonisnb.kernel.magic.CelonisMagicsInstaller;
import io.github.celonisnb.kernel.redaction.MessageRedactor;
import io.github.celonisnb.kernel.redaction.RedactingConnection;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

/**
 * The training run for the kernel's class data archive: it does what a kernel does from start to its
 * first few cells (bind a Jupyter connection on loopback, warm JShell up, evaluate, complete, format an
 * error) and exits, so a JVM started with {@code -XX:ArchiveClassesAtExit} archives every class that
 * start-up needs. {@code celonis-nb kernel install} runs it once; the kernel then starts with
 * {@code -XX:SharedArchiveFile}. No user code or user environment is involved.
 */
public final class ClassDataTraining {

    /** Cells that load what typical first cells load: the compiler, lambdas and streams, magics, display. */
    static final List<String> CELLS = List.of("1 + 1",
            "var list = List.of(1, 2, 3);\nlist.stream().map(x -> x * 2).toList()",
            "String text = String.format(\"%d items\", list.size());\ntext",
            "%lsmagic",
            "html(\"<b>ok</b>\")",
            "int broken = \"not a number\";");

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws Exception {
        KernelMain.quietLogging();
        SecretRegistry secrets = new SecretRegistry();
        CelonisKernel kernel = new CelonisKernel(KernelSettings.fromEnvironment(Map.of()), KernelMain.ownJar(), secrets);
        BuiltinMagicsInstaller.install(kernel);
        CelonisMagicsInstaller.install(kernel);

        Path connectionFile = Files.createTempFile("celonis-nb-training", ".json");
        try {
            Files.writeString(connectionFile, connectionJson());
            RedactingConnection connection = new RedactingConnection(
                    KernelConnectionProperties.parse(Files.readString(connectionFile)),
                    new MessageRedactor(secrets::redactEverything), secrets::redactEverything);
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            kernel.evaluator().warmUp();
            for (String cell : CELLS) {
                try {
                    kernel.eval(cell);
                } catch (Exception expected) {
                    kernel.formatError(expected);
                }
            }
            kernel.complete("System.out.pr", 13);
            kernel.inspect("\"abc\".length()", 8, false);
            kernel.isComplete("for (int i = 0; i < 3; i++) {");
            connection.close();
        } finally {
            Files.deleteIfExists(connectionFile);
        }
        System.exit(0);
    }

    private static String connectionJson() throws IOException {
        return "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", \"key\": \""
                + UUID.randomUUID() + "\", \"shell_port\": " + freePort() + ", \"iopub_port\": " + freePort()
                + ", \"stdin_port\": " + freePort() + ", \"control_port\": " + freePort() + ", \"hb_port\": " + freePort() + "}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
