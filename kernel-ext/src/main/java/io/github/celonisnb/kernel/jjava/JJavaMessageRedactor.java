package io.github.celonisnb.kernel.jjava;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.Message;

import io.github.celonisnb.kernel.redaction.JsonRedaction;

/**
 * Redacts every string of an outgoing JJava message's content, serialized with the socket's own Gson, as
 * our kernel's {@code MessageRedactor} does for basekernel messages.
 */
final class JJavaMessageRedactor {

    private final Gson wireGson;
    private final UnaryOperator<String> redact;

    JJavaMessageRedactor(UnaryOperator<String> redact) throws ReflectiveOperationException {
        Field field = JupyterSocket.class.getDeclaredField("gson");
        field.setAccessible(true);
        this.wireGson = (Gson) field.get(null);
        this.redact = redact;
    }

    /** The message itself when nothing in it is secret, else a copy with the secrets replaced. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<?> redact(Message<?> message) {
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
