package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.testing.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactingOutputStreamTest {

    private final SecretRegistry registry = new SecretRegistry();
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final RedactingOutputStream out = new RedactingOutputStream(sink, registry);

    private String received() {
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void catchesASecretSplitAtEveryPositionBetweenTwoWrites() throws IOException {
        String key = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(key, "celonis-app-key");
        byte[] text = ("token: " + key + " done").getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= text.length; split++) {
            ByteArrayOutputStream target = new ByteArrayOutputStream();
            RedactingOutputStream stream = new RedactingOutputStream(target, registry);
            stream.write(text, 0, split);
            stream.flush();
            stream.write(text, split, text.length - split);
            stream.flushAll();
            assertEquals("token: [REDACTED celonis-app-key] done", target.toString(StandardCharsets.UTF_8),
                    "split at byte " + split);
        }
    }

    @Test
    void catchesEveryEncodedFormSplitAtEveryPosition() throws IOException {
        String key = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(key, "celonis-app-key");
        for (String form : SecretEncodings.formsOf(key)) {
            byte[] text = ("<" + form + ">").getBytes(StandardCharsets.UTF_8);
            for (int split = 0; split <= text.length; split++) {
                ByteArrayOutputStream target = new ByteArrayOutputStream();
                try (RedactingOutputStream stream = new RedactingOutputStream(target, registry)) {
                    stream.write(text, 0, split);
                    stream.write(text, split, text.length - split);
                }
                assertEquals("<[REDACTED celonis-app-key]>", target.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void catchesASecretWrittenOneByteAtATime() throws IOException {
        String key = TestKeys.newKeyValue();
        registry.registerValue(key, "celonis-user-key");
        for (byte b : ("a " + key + " b").getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
        }
        out.flushAll();
        assertEquals("a [REDACTED celonis-user-key] b", received());
    }

    @Test
    void joinsMultiByteCharactersSplitBetweenWrites() throws IOException {
        registry.registerValue("gr\u00fc\u00dfe-\u20ac-\ud83d\ude00", "secret");
        byte[] text = "\u00e4 gr\u00fc\u00dfe-\u20ac-\ud83d\ude00 \u00f6".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= text.length; split++) {
            ByteArrayOutputStream target = new ByteArrayOutputStream();
            RedactingOutputStream stream = new RedactingOutputStream(target, registry);
            stream.write(text, 0, split);
            stream.write(text, split, text.length - split);
            stream.flushAll();
            assertEquals("\u00e4 [REDACTED secret] \u00f6", target.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void flushPassesOnTextThatCannotStartASecret() throws IOException {
        registry.registerValue("SECRETVALUE", "secret");
        out.write("plain text, then SECR".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("plain text, then ", received());
        out.write("ET is not it".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("plain text, then SECRET is not it", received());
    }

    @Test
    void writePassesOnTextAtOnceWhenNoTailCouldStartASecret() throws IOException {
        registry.registerValue("SECRETVALUE", "secret");
        out.write("nothing held back here\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("nothing held back here\n", received());
    }

    @Test
    void holdsBackACompleteSecretThatCouldGrowIntoALongerOne() throws IOException {
        registry.registerValue("abcd", "short");
        registry.registerValue("abcdefgh", "long");
        out.write("x abcd".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("x ", received());
        out.write("efgh y".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("x [REDACTED long] y", received());
    }

    @Test
    void mergesASecretThatOverlapsOneStillArriving() throws IOException {
        registry.registerValue("abcdef", "first");
        registry.registerValue("defghi", "second");
        out.write("xabcdef".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("x", received());
        out.write("ghiy".getBytes(StandardCharsets.UTF_8));
        out.flushAll();
        assertEquals("x[REDACTED first]y", received());
    }

    @Test
    void flushAllPassesOnAHeldTailRedacted() throws IOException {
        registry.registerValue("SECRETVALUE", "secret");
        out.write("ends with SECRETVAL".getBytes(StandardCharsets.UTF_8));
        out.flushAll();
        assertEquals("ends with SECRETVAL", received());
    }

    @Test
    void flushAllPassesOnAnIncompleteCharacterAsAReplacementCharacter() throws IOException {
        registry.registerValue("SECRETVALUE", "secret");
        out.write(new byte[] {'a', (byte) 0xE2, (byte) 0x82});
        out.flushAll();
        assertEquals("a\ufffd", received());
    }

    @Test
    void passesBytesThroughUnchangedWhileNothingIsRegistered() throws IOException {
        byte[] binary = {'o', 'k', (byte) 0xFF, (byte) 0xC3, 0, '\n'};
        out.write(binary);
        out.flushAll();
        assertArrayEquals(binary, sink.toByteArray());
    }

    @Test
    void redactsASecretRegisteredAfterTheStreamWasCreated() throws IOException {
        out.write("before\n".getBytes(StandardCharsets.UTF_8));
        String key = TestKeys.newKeyValue();
        registry.registerValue(key, "celonis-app-key");
        out.write(("after " + key + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("before\nafter [REDACTED celonis-app-key]\n", received());
    }

    @Test
    void closesDownstreamOnceAndRefusesLaterWrites() throws IOException {
        int[] closes = {0};
        RedactingOutputStream stream = new RedactingOutputStream(new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes[0]++;
            }
        }, registry);
        stream.close();
        stream.close();
        assertEquals(1, closes[0]);
        IOException e = assertThrows(IOException.class, () -> stream.write('x'));
        assertEquals("The redacting stream is closed", e.getMessage());
    }

    @Test
    void passesOnAnOverlongChainOfMatchesInsteadOfHoldingItForever() throws IOException {
        registry.registerValue("aaaa", "secret");
        byte[] chunk = "a".repeat(4096).getBytes(StandardCharsets.UTF_8);
        int writes = RedactingOutputStream.MAX_HELD_CHARS / chunk.length + 2;
        for (int i = 0; i < writes; i++) {
            out.write(chunk);
        }
        assertTrue(sink.size() > 0);
        assertTrue(received().matches("(\\[REDACTED secret\\])+"));
    }

    @Test
    void aWriteWithNothingSecretPassesOnItsOwnBytesAndMalformedBytesStillBecomeReplacementCharacters()
            throws IOException {
        registry.registerValue(TestKeys.newKeyValue(), "celonis-app-key");
        byte[] plain = "caf\u00e9 \ud83d\ude00 row 1\nrow 2\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        out.write(plain, 0, plain.length);
        assertEquals(new String(plain, StandardCharsets.UTF_8), received());

        sink.reset();
        out.write(new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xC3, 'c', '\n'}, 0, 6);
        out.flushAll();
        assertEquals("a\uFFFDb\uFFFDc\n", received());
    }

    /**
     * A key whose first characters end a write of 64 KB, after a write whose last character could begin it, as a
     * cell's 64 KB output buffer cuts a long print: the start is held back and the key redacted whole.
     */
    @Test
    void aKeyStartingAtTheEndOfAFullBufferIsHeldBackWhateverWasHeldBeforeIt() throws IOException {
        String key = TestKeys.newKeyValue();
        registry.registerValue(key, "celonis-app-key");
        String first = "a".repeat(65535) + key.charAt(0);
        String second = "a".repeat(65536 - 11) + key.substring(0, 11);
        String third = key.substring(11) + "\n";
        for (String write : new String[] {first, second, third}) {
            out.write(write.getBytes(StandardCharsets.UTF_8));
        }
        out.flushAll();
        assertEquals(first + "a".repeat(65536 - 11) + "[REDACTED celonis-app-key]\n", received());
    }
}
