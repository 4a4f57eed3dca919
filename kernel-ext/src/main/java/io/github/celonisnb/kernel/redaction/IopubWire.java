package io.github.celonisnb.kernel.redaction;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.Gson;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

/**
 * Writes messages to the IOPub socket. A stream message is framed here, exactly as basekernel's
 * {@link JupyterSocket#sendMessage} frames every message (identities, delimiter, signature, header, parent header,
 * metadata, content, blobs; the same serializer for the headers and the same HMAC), except that its text is
 * written with {@link JsonStringBytes}; every other message goes through the socket's own method.
 *
 * <p>Stream text is where a cell's bulk goes, and Gson's escaping of it was the largest single cost of printing:
 * 0.19 s per 100 MB here, against 0.07 s for {@link JsonStringBytes}.
 */
final class IopubWire implements Consumer<Message<?>> {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT_MEMBER = ",\"text\":".getBytes(StandardCharsets.US_ASCII);

    private final JupyterSocket socket;
    private final HMACGenerator signer;
    private final Gson gson = WireGson.socketGson();
    /** {"name":"stdout" and {"name":"stderr", in the socket's own spelling of the stream names. */
    private final Map<PublishStream.StreamType, byte[]> streamHeads = new EnumMap<>(PublishStream.StreamType.class);

    IopubWire(JupyterSocket socket, KernelConnectionProperties properties)
            throws NoSuchAlgorithmException, InvalidKeyException {
        this.socket = socket;
        this.signer = properties.createHMACGenerator();
        for (PublishStream.StreamType type : PublishStream.StreamType.values()) {
            streamHeads.put(type, ("{\"name\":" + gson.toJson(type)).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void accept(Message<?> message) {
        if (message.getContent() instanceof PublishStream stream) {
            sendStream(message, stream);
        } else {
            socket.sendMessage(message);
        }
    }

    private void sendStream(Message<?> message, PublishStream stream) {
        byte[] header = json(message.getHeader());
        byte[] parent = message.hasParentHeader() ? json(message.getParentHeader()) : EMPTY_OBJECT;
        byte[] metadata = message.hasMetadata() ? json(message.getMetadata()) : EMPTY_OBJECT;
        byte[] content = streamContent(stream);
        byte[] signature = signer.calculateSignature(header, parent, metadata, content)
                .getBytes(StandardCharsets.US_ASCII);
        // The socket's own sendMessage holds its lock for a whole message; so does this, so frames never mix.
        synchronized (socket) {
            if (closed(socket)) {
                // As the socket's own method does: output after the connection closed (a background thread
                // printing during shutdown) is dropped, not thrown at the thread that printed it.
                return;
            }
            for (byte[] identity : message.getIdentities()) {
                socket.sendMore(identity);
            }
            socket.sendMore(DELIMITER);
            socket.sendMore(signature);
            socket.sendMore(header);
            socket.sendMore(parent);
            socket.sendMore(metadata);
            if (message.getBlobs() == null || message.getBlobs().isEmpty()) {
                socket.send(content);
            } else {
                socket.sendMore(content);
                for (int i = 0; i < message.getBlobs().size(); i++) {
                    byte[] blob = message.getBlobs().get(i);
                    if (i + 1 < message.getBlobs().size()) {
                        socket.sendMore(blob);
                    } else {
                        socket.send(blob);
                    }
                }
            }
        }
    }

    private byte[] streamContent(PublishStream stream) {
        byte[] head = streamHeads.get(stream.getStreamType());
        byte[] text = JsonStringBytes.of(stream.getText());
        byte[] content = new byte[head.length + TEXT_MEMBER.length + text.length + 1];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(TEXT_MEMBER, 0, content, head.length, TEXT_MEMBER.length);
        System.arraycopy(text, 0, content, head.length + TEXT_MEMBER.length, text.length);
        content[content.length - 1] = '}';
        return content;
    }

    private static final java.lang.reflect.Field CLOSED = closedField();

    /** basekernel keeps the flag protected; we pin its version, and the kernel does not start without it. */
    private static java.lang.reflect.Field closedField() {
        try {
            java.lang.reflect.Field field = JupyterSocket.class.getDeclaredField("closed");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This basekernel version does not keep its sockets' closed flag where "
                    + "celonis-nb expects it (JupyterSocket.closed), so the kernel does not start.", e);
        }
    }

    private static boolean closed(JupyterSocket socket) {
        try {
            return CLOSED.getBoolean(socket);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("JupyterSocket.closed cannot be read", e);
        }
    }

    private byte[] json(Object value) {
        return gson.toJson(value).getBytes(StandardCharsets.UTF_8);
    }
}
