package io.github.celonisnb.kernel.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

class MessageRedactorTest {

    private static final String SECRET = "s3cr3t-" + Long.toHexString(System.nanoTime()) + "-value";
    private final MessageRedactor redactor = new MessageRedactor(text -> text.replace(SECRET, "[REDACTED test]"));

    private static <T> Message<T> message(io.github.spencerpark.jupyter.messages.MessageType<T> type, T content) {
        return new Message<>(new Header<>(type), content);
    }

    @Test
    void passesAMessageWithoutSecretsOnAsItWas() {
        Message<PublishStream> m = message(PublishStream.MESSAGE_TYPE,
                new PublishStream(PublishStream.StreamType.OUT, "nothing to hide\n"));
        assertSame(m, redactor.redact(m));
    }

    @Test
    void redactsStreamText() {
        Message<?> out = redactor.redact(message(PublishStream.MESSAGE_TYPE,
                new PublishStream(PublishStream.StreamType.OUT, "key=" + SECRET + "\n")));
        JsonObject content = (JsonObject) out.getContent();
        assertEquals("key=[REDACTED test]\n", content.get("text").getAsString());
        assertEquals("stdout", content.get("name").getAsString());
    }

    @Test
    void redactsEveryMimeTypeOfDisplayData() {
        DisplayData data = new DisplayData("plain " + SECRET);
        data.putHTML("<b>" + SECRET + "</b>");
        data.putJSON("{\"nested\": {\"token\": \"" + SECRET + "\"}}");
        Message<?> out = redactor.redact(message(PublishDisplayData.MESSAGE_TYPE, new PublishDisplayData(data)));
        String wire = out.getContent().toString();
        assertFalse(wire.contains(SECRET), wire);
        assertTrue(wire.contains("<b>[REDACTED test]</b>"), wire);
    }

    @Test
    void redactsErrorNameValueAndTraceback() {
        PublishError error = new PublishError("Err" + SECRET, "value " + SECRET, List.of("line " + SECRET, "ok"));
        JsonElement content = (JsonElement) redactor.redact(message(PublishError.MESSAGE_TYPE, error)).getContent();
        assertFalse(content.toString().contains(SECRET));
        assertEquals("value [REDACTED test]", content.getAsJsonObject().get("evalue").getAsString());
    }

    @Test
    void redactsSecretsInFieldNamesOfJsonOutputs() {
        DisplayData data = new DisplayData("see json");
        data.putData("application/json", java.util.Map.of(SECRET, "value", "k", SECRET));
        String wire = redactor.redact(message(PublishDisplayData.MESSAGE_TYPE, new PublishDisplayData(data)))
                .getContent().toString();
        assertFalse(wire.contains(SECRET), wire);
        assertTrue(wire.contains("\"[REDACTED test]\":\"value\""), wire);
    }
}
