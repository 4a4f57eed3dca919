package io.github.celonisnb.magics.secrets;

import io.github.celonisnb.magics.testing.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

class RedactingOutputStreamPropertyTest {

    private static final String KEY = TestKeys.newTokenWithSlashAndPlus();
    private static final List<String> SECRETS = List.of(KEY, "hunter22", "ter2", "er22xyz", "p\u00e4ss\u20acw\u00f6rd");

    /** Text made of secrets (some overlapping), their encoded forms and halves, multi-byte characters and noise. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(SECRETS),
                Arbitraries.of(SECRETS).map(s -> s.replace("/", "\\/")),
                Arbitraries.of(SECRETS).map(SecretEncodings::percentEncoded),
                Arbitraries.of(SECRETS).map(s -> s.substring(0, s.length() / 2)),
                Arbitraries.strings().withChars("aehnut2rxyz/%\\ \u00e4\u20ac\n").ofMaxLength(12));
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 400).list().ofMaxSize(10);
    }

    @Property(tries = 300)
    void streamsExactlyWhatTheRegistryRedactsHoweverWritesAreSplit(
            @ForAll("text") String text, @ForAll("cuts") List<Integer> cuts, @ForAll boolean flushBetween)
            throws IOException {
        SecretRegistry registry = new SecretRegistry();
        for (String secret : SECRETS) {
            registry.registerValue(secret, "secret");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RedactingOutputStream stream = new RedactingOutputStream(sink, registry);
        int written = 0;
        for (int cut : cuts.stream().map(c -> Math.min(c, bytes.length)).sorted().toList()) {
            stream.write(bytes, written, cut - written);
            written = cut;
            if (flushBetween) {
                stream.flush();
            }
        }
        stream.write(bytes, written, bytes.length - written);
        stream.close();
        Assertions.assertEquals(registry.redact(text), sink.toString(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void neverPassesOnARegisteredSecretBeforeTheEnd(@ForAll("text") String text) throws IOException {
        SecretRegistry registry = new SecretRegistry();
        registry.registerValue(KEY, "celonis-app-key");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RedactingOutputStream stream = new RedactingOutputStream(sink, registry);
        for (byte b : (text + KEY + text).getBytes(StandardCharsets.UTF_8)) {
            stream.write(b);
            stream.flush();
        }
        stream.flushAll();
        Assertions.assertFalse(sink.toString(StandardCharsets.UTF_8).contains(KEY));
    }

}
