package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The guard the fault tests rely on finds a key wherever it hides, so that their passing means something. */
class KeyLeakGuardTest {

    private final String key = newKeyValue();
    private Handler[] rootHandlers;

    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;

    /** The guard passes what it captures on to the real streams: these tests' fake leaks go nowhere instead. */
    @BeforeEach
    void silenceTheRealStreams() {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        rootHandlers = Logger.getLogger("").getHandlers();
        for (Handler handler : rootHandlers) {
            Logger.getLogger("").removeHandler(handler);
        }
    }

    @AfterEach
    void restoreTheRealStreams() {
        System.setOut(realOut);
        System.setErr(realErr);
        for (Handler handler : rootHandlers) {
            Logger.getLogger("").addHandler(handler);
        }
    }

    @Test
    void findsAKeyPrefixPrintedToStandardOut() {
        KeyLeakGuard guard = new KeyLeakGuard();
        guard.watchValue(key);
        guard.beforeEach(null);
        System.out.println("token starts with " + key.substring(0, 20));

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> guard.afterEach(null));

        assertEquals("A key (or 16 characters of it) appears in what the test printed to System.out, System.err or"
                + " the log", e.getMessage());
    }

    @Test
    void findsTheDecodedSecretInALogRecord() {
        KeyLeakGuard guard = new KeyLeakGuard();
        guard.watchValue(key);
        guard.beforeEach(null);
        String decoded = new String(Base64.getDecoder().decode(key), StandardCharsets.US_ASCII);
        Logger.getLogger("okhttp3.OkHttpClient").warning("sent " + decoded.substring(decoded.indexOf(':') + 1));

        assertThrows(AssertionFailedError.class, () -> guard.afterEach(null));
    }

    @Test
    void findsAKeyDeepInACauseChain() {
        KeyLeakGuard guard = new KeyLeakGuard();
        guard.watchValue(key);
        RuntimeException failure = new IllegalStateException("outer",
                new IOException("inner", new IllegalArgumentException("header AppKey " + key)));

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> guard.assertNoKeyIn(failure));

        assertEquals("A key (or 16 characters of it) appears in java.lang.IllegalArgumentException.getMessage()",
                e.getMessage());
    }

    @Test
    void acceptsTextWithoutTheKey() {
        KeyLeakGuard guard = new KeyLeakGuard();
        guard.watchValue(key);
        guard.beforeEach(null);
        System.err.println("The key was rejected (401)");

        guard.afterEach(null);
        guard.assertNoKeyIn(new IllegalStateException("no key here"));
    }

    private static String newKeyValue() {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        while (secret.length() < 44) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Base64.getEncoder().withoutPadding()
                .encodeToString((UUID.randomUUID() + ":" + secret).getBytes(StandardCharsets.US_ASCII));
    }
}
