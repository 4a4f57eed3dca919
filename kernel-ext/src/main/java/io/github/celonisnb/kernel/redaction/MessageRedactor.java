package io.github.celonisnb.kernel.redaction;

import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import io.github.spencerpark.jupyter.messages.Message;

/**
 * Redacts every string in an outgoing Jupyter message's content: stream text, every MIME type of
 * display data and results (JSON ones walked as trees), error names, values and tracebacks.
 *
 * <p>The content is turned into a JSON tree with the very serializer the socket will use, so what is
 * scanned is exactly what would go on the wire; a message without secrets is sent as it was.
 */
public final class MessageRedactor {

    private final Gson wireGson;
    private final UnaryOperator<String> redact;

    /**
     * @param redact replaces secrets in one string and returns an equal string when there are none
     */
    public MessageRedactor(UnaryOperator<String> redact) {
        this.wireGson = WireGson.socketGson();
        this.redact = redact;
    }

    /** The message itself when nothing in it is secret, else a copy with the secrets replaced. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Message<?> redact(Message<?> message) {
        Object content = message.getContent();
        if (content == null) {
            return message;
        }
        JsonRedaction walk = new JsonRedaction(redact);
        JsonElement tree = walk.visit(wireGson.toJsonTree(content));
        if (!walk.changed()) {
            return message;
        }
        return new Message(message.getIdentities(), message.getHeader(),
                message.hasParentHeader() ? message.getParentHeader() : null,
                message.hasMetadata() ? (Map<String, Object>) message.getMetadata() : null,
                tree, message.getBlobs());
    }
}
