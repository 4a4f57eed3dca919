package io.github.celonisnb.kernel.redaction;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

/**
 * Sends IOPub messages from a thread of its own, so that a cell's next output is redacted while the
 * previous one is serialised, signed and written: on a cell that prints a lot, the redaction then costs
 * less time of its own. Messages reach it redacted; this class never sees anything else.
 *
 * <p>The queue is short, so a cell that prints faster than this thread sends waits (no unbounded memory; the
 * socket's own queue for a slow subscriber is bounded by {@link RedactingConnection#IOPUB_HIGH_WATER_MARK}), and
 * order is kept: one queue, one thread. Short stream messages of one stream and one request that follow
 * each other are sent as one, after waiting up to {@value #LINGER_MILLIS} ms for the next: a loop that
 * flushes after every word would otherwise send tens of thousands of messages, more than a Jupyter client
 * reads before it gives up waiting for a cell's output.
 */
final class BackgroundIopubSender implements IopubSender {

    /** Messages waiting at most; each stream message holds up to 64 KB of text. */
    private static final int QUEUE_CAPACITY = 8;

    /** How long a stream message waits for one to join it. */
    static final long LINGER_MILLIS = 5;

    /** Text merged into one stream message at most. */
    static final int MAX_MERGED_CHARS = 64 * 1024;

    /**
     * Only a stream message shorter than this waits for others to join it: flushes make short messages, while
     * a cell that prints a lot fills 64 KB chunks that should go out at once.
     */
    static final int SMALL_CHARS = 8 * 1024;

    private static final Logger LOG = Logger.getLogger(BackgroundIopubSender.class.getName());

    /** What the queue holds: a message to send, a point to report reaching, or the end. */
    private sealed interface Item permits Send, Reached, Stop {
    }

    private record Send(Message<?> message) implements Item {
    }

    private record Reached(CountDownLatch latch) implements Item {
    }

    private record Stop() implements Item {
    }

    private final Consumer<Message<?>> iopub;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private volatile boolean closed;

    /** @param iopub what writes one message to the socket, e.g. {@code socket::sendMessage} */
    BackgroundIopubSender(Consumer<Message<?>> iopub) {
        this.iopub = iopub;
        this.thread = new Thread(this::run, "celonis-nb-iopub-sender");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void send(Message<?> redacted) {
        if (closed || Thread.currentThread() == thread) {
            iopub.accept(redacted);
            return;
        }
        enqueue(new Send(redacted));
    }

    @Override
    public void awaitSent() {
        if (closed || Thread.currentThread() == thread) {
            return;
        }
        CountDownLatch reached = new CountDownLatch(1);
        enqueue(new Reached(reached));
        awaitUninterruptibly(reached);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        enqueue(new Stop());
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Item item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                // An interrupt is meant for the cell; the output it already made must still go out, in order.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Item next = null;
        while (true) {
            Item item = next != null ? next : takeUninterruptibly();
            next = null;
            if (item instanceof Stop) {
                return;
            }
            if (item instanceof Reached reached) {
                reached.latch().countDown();
                continue;
            }
            Message<?> message = ((Send) item).message();
            if (message.getContent() instanceof PublishStream stream && stream.getText().length() < SMALL_CHARS) {
                StringBuilder merged = null;
                while (true) {
                    Item following = pollLingering();
                    if (following instanceof Send send && joins(message, merged, send.message())) {
                        if (merged == null) {
                            merged = new StringBuilder(text(message));
                        }
                        merged.append(text(send.message()));
                        continue;
                    }
                    next = following;
                    break;
                }
                if (merged != null) {
                    message = withText(message, merged.toString());
                }
            }
            sendQuietly(message);
        }
    }

    private Item takeUninterruptibly() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Only close() ends this thread, after what was handed over before it.
            }
        }
    }

    private Item pollLingering() {
        try {
            return queue.poll(LINGER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return null;
        }
    }

    private void sendQuietly(Message<?> message) {
        try {
            iopub.accept(message);
        } catch (RuntimeException e) {
            // One message that cannot be sent (the socket closing at shutdown) must not stop the rest.
            LOG.log(Level.WARNING, "An output message could not be sent: " + e.getClass().getSimpleName());
        }
    }

    /** Whether {@code following} continues {@code first}'s stream for the same request, within the size limit. */
    private static boolean joins(Message<?> first, StringBuilder merged, Message<?> following) {
        if (!(following.getContent() instanceof PublishStream next)) {
            return false;
        }
        PublishStream head = (PublishStream) first.getContent();
        int length = merged == null ? head.getText().length() : merged.length();
        return head.getStreamType() == next.getStreamType()
                && first.hasParentHeader() == following.hasParentHeader()
                && (!first.hasParentHeader()
                    || Objects.equals(first.getParentHeader().getId(), following.getParentHeader().getId()))
                && length + next.getText().length() <= MAX_MERGED_CHARS;
    }

    private static String text(Message<?> message) {
        return ((PublishStream) message.getContent()).getText();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Message<?> withText(Message<?> message, String text) {
        PublishStream content = (PublishStream) message.getContent();
        return new Message(message.getIdentities(), message.getHeader(),
                message.hasParentHeader() ? message.getParentHeader() : null,
                message.hasMetadata() ? message.getMetadata() : null,
                new PublishStream(content.getStreamType(), text), message.getBlobs());
    }
}
