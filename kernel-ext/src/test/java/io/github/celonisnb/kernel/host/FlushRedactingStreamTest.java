package io.github.celonisnb.kernel.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.secrets.SecretRegistry;

class FlushRedactingStreamTest {

    @Test
    void eachPrintLeavesWithTheRegisteredSecretReplaced() {
        SecretRegistry secrets = new SecretRegistry();
        String secret = "pw-" + UUID.randomUUID();
        secrets.registerValue(secret, "db-password");
        ByteArrayOutputStream host = new ByteArrayOutputStream();
        PrintStream cell = new FlushRedactingStream(new PrintStream(host, true, StandardCharsets.UTF_8), secrets::redactEverything);

        cell.println("password=" + secret);
        cell.print("ü and more");
        cell.flush();

        assertEquals("password=[REDACTED db-password]" + System.lineSeparator() + "ü and more",
                host.toString(StandardCharsets.UTF_8));
    }
}
