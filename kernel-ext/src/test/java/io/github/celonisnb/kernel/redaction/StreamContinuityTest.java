package io.github.celonisnb.kernel.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.publish.PublishStream.StreamType;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;

class StreamContinuityTest {

    private static final String LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecretRegistry secrets = new SecretRegistry();
    private final AtomicLong clock = new AtomicLong();
    private final StreamContinuity streams = new StreamContinuity(secrets::redactEverything, clock::get, 2_000);
    private final List<Message<?>> sent = new ArrayList<>();
    private final Header<ExecuteReply> request = new Header<>(MessageType.EXECUTE_REPLY);

    private static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(LETTERS_AND_DIGITS.charAt(random.nextInt(LETTERS_AND_DIGITS.length())));
        }
        return out.toString();
    }

    private static String celonisShapedKey() {
        return Base64.getEncoder().withoutPadding().encodeToString((UUID.randomUUID() + ":" + random(44)).getBytes());
    }

    private Message<PublishStream> print(StreamType type, String text) {
        return new Message<>(List.of(), new Header<>(MessageType.PUBLISH_STREAM), request, null,
                new PublishStream(type, text), null);
    }

    private void write(StreamType type, String text) {
        streams.sendStream(print(type, text), sent::add);
    }

    private String sentText() {
        StringBuilder out = new StringBuilder();
        for (Message<?> m : sent) {
            if (m.getContent() instanceof PublishStream stream) {
                out.append(stream.getText());
            }
        }
        return out.toString();
    }

    @Test
    void aKeyPrintedInTwoWritesIsRedactedWhole() {
        String key = celonisShapedKey();

        write(StreamType.OUT, "key: " + key.substring(0, 54));
        assertEquals("key: ", sentText(), "the first half waits for the rest of its word");
        write(StreamType.OUT, key.substring(54) + "\n");

        assertEquals("key: [REDACTED celonis-key]\n", sentText());
    }

    @Test
    void aValueAfterAKeywordSentEarlierIsFoundThroughTheContext() {
        String token = random(32);

        write(StreamType.OUT, "Authorization: Bearer ");
        write(StreamType.OUT, token + "\n");
        write(StreamType.OUT, "password = ");
        write(StreamType.OUT, random(12) + "7x\n");

        assertEquals("Authorization: Bearer [REDACTED authorization-header]\npassword = [REDACTED secret-assignment]\n",
                sentText());
    }

    @Test
    void aPrivateKeyBodyPrintedAfterItsHeaderIsRedacted() {
        String body = random(64);

        write(StreamType.OUT, "-----BEGIN PRIVATE KEY-----\n");
        write(StreamType.OUT, body + "\n");
        write(StreamType.OUT, "-----END PRIVATE KEY-----\n");

        String text = sentText();
        assertEquals(-1, text.indexOf(body), text);
    }

    @Test
    void aPrivateKeyBodyLongAfterItsHeaderIsStillRedacted() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(random(64));
        }

        write(StreamType.OUT, "-----BEGIN RSA PRIVATE KEY-----\n");
        for (String line : lines) {
            write(StreamType.OUT, line + "\n");
        }

        String text = sentText();
        for (String line : lines) {
            assertEquals(-1, text.indexOf(line), "line " + lines.indexOf(line) + " of the body is in clear");
        }
    }

    @Test
    void aHeldWordGoesOutBeforeTheNextOtherMessageAsAMessageOfItsOwnForTheSameRequest() {
        write(StreamType.OUT, "loading model 1");
        Message<ExecuteReply> reply = new Message<>(new Header<>(MessageType.EXECUTE_REPLY), null);
        streams.sendAfterHeld(reply, sent::add);

        assertEquals(3, sent.size());
        assertEquals("loading model ", ((PublishStream) sent.get(0).getContent()).getText());
        assertEquals("1", ((PublishStream) sent.get(1).getContent()).getText());
        assertNotEquals(sent.get(0).getHeader().getId(), sent.get(1).getHeader().getId());
        assertSame(request, sent.get(1).getParentHeader());
        assertSame(reply, sent.get(2));
    }

    @Test
    void aHeldWordIsSentAloneOnceItWaitedTheHoldTime() {
        write(StreamType.ERR, "epoch 7");
        clock.set(1_999);
        streams.sendHeldTooLong(sent::add);
        assertEquals("epoch ", sentText());
        clock.set(2_000);
        streams.sendHeldTooLong(sent::add);
        assertEquals("epoch 7", sentText());
        assertEquals(StreamType.ERR, ((PublishStream) sent.get(1).getContent()).getStreamType());
    }

    @Test
    void stdoutAndStderrAreJoinedEachWithItself() {
        String key = celonisShapedKey();

        write(StreamType.OUT, key.substring(0, 30));
        write(StreamType.ERR, "warning\n");
        write(StreamType.OUT, key.substring(30) + "\n");

        assertEquals("warning\n[REDACTED celonis-key]\n", sentText());
    }

    @Test
    void textThatEndsInWhiteSpaceOrPunctuationIsSentAtOnceAndOfAnOverlongWordOnlyItsEndIsHeld() {
        write(StreamType.OUT, "done\n");
        write(StreamType.OUT, ".....");
        write(StreamType.OUT, "x".repeat(StreamContinuity.MAX_HELD_CHARS + 1));

        assertEquals("done\n.....x", sentText());
    }

    /**
     * A token inside one long word without blanks, where a message ends: its first part was sent in the clear when an
     * overlong word was not held at all. The part after the last character no token holds is held now.
     */
    @Test
    void aTokenInsideAnOverlongWordAcrossTwoMessagesIsRedactedWhole() {
        for (String before : List.of("x".repeat(65506) + "/", "https://example.org/q?" + "a=1&".repeat(20000) + "t=",
                "y".repeat(70000) + ":")) {
            String token = "ghp_" + random(36);
            String line = before + token + "\n";
            int split = before.length() + 25;

            sent.clear();
            write(StreamType.OUT, line.substring(0, split));
            write(StreamType.OUT, line.substring(split));
            streams.sendHeld(sent::add);

            String out = sentText();
            assertEquals(before + "[REDACTED github-token]\n", out, "after " + before.substring(before.length() - 3));
        }
    }

    @Test
    void aRegisteredValueSplitAnywhereIsRedacted() {
        String password = "pw-" + random(20);
        secrets.registerValue(password, "secret");

        write(StreamType.OUT, "it is " + password.substring(0, 9));
        write(StreamType.OUT, password.substring(9) + " ok\n");

        assertEquals("it is [REDACTED secret] ok\n", sentText());
    }

    @Test
    void heldWordsAreFoundAsTheLastWordOfTheText() {
        assertEquals(6, StreamContinuity.heldFrom("hello world", false));
        assertEquals(12, StreamContinuity.heldFrom("hello world\n", false));
        assertEquals(4, StreamContinuity.heldFrom("45% 100%", false));
        assertEquals(9, StreamContinuity.heldFrom("done ....", false));
        assertEquals(0, StreamContinuity.heldFrom("word", false));
        assertEquals(13, StreamContinuity.heldFrom("\rprogress 40%", false), "a rewritten line is not held");
        assertEquals(3, StreamContinuity.heldFrom("40%", true));
        assertEquals(11, StreamContinuity.heldFrom("done\r\nnext word", false));
    }

    @Test
    void ofAnOverlongWordThePartAfterItsLastDelimiterIsHeld() {
        String json = "{\"data\":\"" + "A".repeat(5000) + "\",\"token\":\"ghp_abc";
        assertEquals(json.length() - "ghp_abc".length(), StreamContinuity.heldFrom(json, false));
        assertEquals(5000 - StreamContinuity.MAX_HELD_CHARS, StreamContinuity.heldFrom("B".repeat(5000), false));
        String url = "https://example.org/?" + "a=1&".repeat(2000) + "t=ghp_abc";
        assertEquals(url.length() - "t=ghp_abc".length(), StreamContinuity.heldFrom(url, false));
        String path = "x".repeat(5000) + "/ghp_abc";
        assertEquals(path.length() - "ghp_abc".length(), StreamContinuity.heldFrom(path, false));
        String base64 = "A".repeat(5000) + "+/" + "B".repeat(10);
        assertEquals(base64.length() - 10, StreamContinuity.heldFrom(base64, false));
    }

    @Test
    void aTokenAfterAWordReleasedAtACellsEndIsScannedOnItsOwn() {
        String token = "ghp_" + random(36);

        write(StreamType.OUT, "Loaded 3 rows");
        streams.sendHeld(sent::add);
        write(StreamType.OUT, token + "\n");

        assertEquals("Loaded 3 rows[REDACTED github-token]\n", sentText());
    }

    @Test
    void aProgressLineShowsItsNumberAtOnce() {
        write(StreamType.OUT, "\rprogress 10%");
        assertEquals("\rprogress 10%", sentText());
        write(StreamType.OUT, "\rprogress ");
        write(StreamType.OUT, "20%");
        assertEquals("\rprogress 10%\rprogress 20%", sentText());
    }

    @Test
    void theNextCellsOutputIsScannedOnItsOwnAfterTheRequestEnded() {
        write(StreamType.OUT, "Authorization: Bearer ");
        streams.sendHeldAtEndOfRequest(sent::add);
        write(StreamType.OUT, "hello_world_123 plain text\n");

        assertEquals("Authorization: Bearer hello_world_123 plain text\n", sentText());
    }

    @Test
    void outputAfterADisplayIsScannedOnItsOwn() {
        write(StreamType.OUT, "password = ");
        streams.sendAfterHeld(new Message<>(new Header<>(MessageType.EXECUTE_REPLY), new ExecuteReply(1, java.util.Map.of())),
                sent::add);
        write(StreamType.OUT, "12345abc\n");

        assertEquals("password = 12345abc\n", sentText());
        assertEquals(3, sent.size(), "the display came between the two prints");
    }

    @Test
    void withinARequestTheValueAfterAKeywordPrintedBeforeIsStillFound() {
        write(StreamType.OUT, "password = ");
        write(StreamType.OUT, "12345abc\n");

        assertEquals("password = [REDACTED secret-assignment]\n", sentText());
    }
}
