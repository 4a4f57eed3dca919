package io.github.celonisnb.kernel.redaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;

/**
 * Stream messages framed by {@link IopubWire} against the same messages framed by basekernel's own socket, both
 * received by a real ZeroMQ subscriber: the same frames, the same JSON content, a signature that verifies.
 */
class IopubWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key = UUID.randomUUID().toString();
    private ZMQ.Context context;
    private IOPubChannel iopub;
    private ZMQ.Socket subscriber;
    private IopubWire wire;

    @BeforeEach
    void connect() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse("{\"ip\": \"127.0.0.1\", "
                + "\"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", \"key\": \"" + key + "\", "
                + "\"iopub_port\": " + port + ", \"shell_port\": 0, \"control_port\": 0, \"stdin_port\": 0, "
                + "\"hb_port\": 0}");
        context = ZMQ.context(1);
        iopub = new IOPubChannel(context, properties.createHMACGenerator());
        iopub.bind(properties);
        subscriber = context.socket(SocketType.SUB);
        subscriber.connect("tcp://127.0.0.1:" + port);
        subscriber.subscribe(new byte[0]);
        subscriber.setReceiveTimeOut(200);
        wire = new IopubWire(iopub, properties);
        // A subscriber sees only what is sent after it has joined: send until something arrives.
        for (int attempt = 0; attempt < 100 && receive().isEmpty(); attempt++) {
            iopub.sendMessage(stream("joining\n"));
        }
        subscriber.setReceiveTimeOut(50);
        while (!receive().isEmpty()) {
            // Probes still on their way.
        }
        subscriber.setReceiveTimeOut(5000);
    }

    @AfterEach
    void close() {
        subscriber.close();
        iopub.close();
        context.term();
    }

    private List<byte[]> receive() {
        List<byte[]> frames = new ArrayList<>();
        byte[] frame = subscriber.recv();
        while (frame != null) {
            frames.add(frame);
            frame = subscriber.hasReceiveMore() ? subscriber.recv() : null;
        }
        return frames;
    }

    private static Message<PublishStream> stream(String text) {
        Header<ExecuteRequest> parent = new Header<>(MessageType.EXECUTE_REQUEST);
        return new Message<>(List.of(), new Header<>(MessageType.PUBLISH_STREAM), parent, Map.of("cell", "x"),
                new PublishStream(PublishStream.StreamType.ERR, text), null);
    }

    @Test
    void aStreamMessageArrivesAsTheSocketWouldFrameItWithAValidSignature() throws Exception {
        Message<PublishStream> message = stream("line \"one\"\n\ttab \\ back\u0000\u00e9 \ud83d\ude00 <b>&amp;</b>\r\n");
        iopub.sendMessage(message);
        List<byte[]> bySocket = receive();
        wire.accept(message);
        List<byte[]> byWire = receive();

        assertEquals(bySocket.size(), byWire.size());
        assertEquals("<IDS|MSG>", new String(byWire.get(0), StandardCharsets.US_ASCII));
        for (int frame = 2; frame <= 4; frame++) {
            assertArrayEquals(bySocket.get(frame), byWire.get(frame), "header, parent header and metadata frames");
        }
        assertEquals(JSON.readTree(bySocket.get(5)), JSON.readTree(byWire.get(5)));
        assertEquals("stderr", JSON.readTree(byWire.get(5)).path("name").asText());
        assertEquals(message.getContent().getText(), JSON.readTree(byWire.get(5)).path("text").asText());
        assertEquals(hmac(byWire.subList(2, 6)), new String(byWire.get(1), StandardCharsets.US_ASCII));
    }

    @Test
    void anyOtherMessageGoesThroughTheSocketsOwnMethod() throws Exception {
        Message<ExecuteReply> reply = new Message<>(new Header<>(MessageType.EXECUTE_REPLY), new ExecuteReply(3,
                Map.of()));
        wire.accept(reply);
        List<byte[]> frames = receive();
        assertNotNull(JSON.readTree(frames.get(5)).get("execution_count"));
        assertEquals(hmac(frames.subList(2, 6)), new String(frames.get(1), StandardCharsets.US_ASCII));
    }

    private String hmac(List<byte[]> signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        signed.forEach(mac::update);
        return HexFormat.of().formatHex(mac.doFinal());
    }
}
