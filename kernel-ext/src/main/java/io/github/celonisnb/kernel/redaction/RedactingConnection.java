package io.github.celonisnb.kernel.redaction;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * A Jupyter connection whose every request is answered through a {@link RedactingReplyEnvironment},
 * so no handler can send output around the redactor. Output is sent by a {@link BackgroundIopubSender},
 * which keeps its order.
 */
public final class RedactingConnection extends JupyterConnection {

    /** How long a cell's last printed word waits for more output before it is sent alone. */
    static final Duration HOLD = Duration.ofSeconds(2);

    private static final long RELEASE_CHECK_MILLIS = 200;

    /**
     * How many messages IOPub queues for a subscriber that reads more slowly than a cell prints. A PUB socket
     * drops what goes beyond (ZeroMQ's default is 1000, about 64 MB of stream messages), and the dropped output
     * never reaches the notebook, without a word: a client a few seconds behind lost the last third of a 200 MB
     * print. The queue is on the kernel's heap, so this bounds it too: about 1 GB of 64 KB stream messages.
     */
    static final int IOPUB_HIGH_WATER_MARK = 16_384;

    private static final Logger LOG = Logger.getLogger(RedactingConnection.class.getName());

    private final MessageRedactor redactor;
    private final StreamContinuity streams;
    private final IopubSender sender;
    private final ScheduledExecutorService release = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "celonis-nb-held-output");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param redactor          what every message passes
     * @param contextRedaction  what redacts stream text as the continuation of the output before it
     */
    public RedactingConnection(KernelConnectionProperties properties, MessageRedactor redactor,
                               StreamContinuity.ContextRedaction contextRedaction)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        // Before connect() binds the socket: a subscriber's queue takes the limit set when it connects.
        this.iopub.setSndHWM(IOPUB_HIGH_WATER_MARK);
        this.redactor = redactor;
        this.streams = new StreamContinuity(contextRedaction, System::nanoTime, HOLD.toNanos());
        this.sender = new BackgroundIopubSender(new IopubWire(this.iopub, properties));
        release.scheduleWithFixedDelay(this::sendHeldTooLong, RELEASE_CHECK_MILLIS, RELEASE_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void sendHeldTooLong() {
        try {
            streams.sendHeldTooLong(sender::send);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next check must still happen.
            LOG.log(Level.WARNING, "Held output could not be sent: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
        return new RedactingReplyEnvironment(shell, this.stdin, this.iopub, context, redactor, streams, sender);
    }

    /** Sends the output still held or waiting, then closes the sockets. */
    @Override
    public void close() {
        release.shutdownNow();
        streams.sendHeld(sender::send);
        sender.close();
        super.close();
    }
}
