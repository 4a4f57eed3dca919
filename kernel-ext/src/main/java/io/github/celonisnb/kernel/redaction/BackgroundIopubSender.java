package io.github.celonisnb.kernel.redaction;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import java.util.function.Consumer;

import io.github.spencerpark.jupyter.messages.Message;

/**
 * Sends IOPub messages from a thread of its own, so that a cell's next output is redacted while the
 * previous one is serialised, signed and written: on a cell that prints a lot, the redaction then costs
 * next to no time of its own. Messages reach it redacted; this class never sees anything else.
 *
 * <p>The queue is short, so a cell that prints faster than Jupyter reads waits (no unbounded memory),
 * and order is kept: one queue, one thread.
 */
final class BackgroundIopubSender implements IopubSender {

    /** Messages waiting at most; each stream message holds up to 64 KB of text. */
    private static final int QUEUE_CAPACITY = 8;

    private static final Logger LOG = Logger.getLogger(BackgroundIopubSender.class.getName());

    /** Handed over last by {@link #close()}: the thread ends when it reaches it. */
    private static final Runnable STOP = () -> { };

    private final Consumer<Message<?>> iopub;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
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
        enqueue(() -> iopub.accept(redacted));
    }

    @Override
    public void awaitSent() {
        if (closed || Thread.currentThread() == thread) {
            return;
        }
        CountDownLatch reached = new CountDownLatch(1);
        enqueue(reached::countDown);
        awaitUninterruptibly(reached);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        enqueue(STOP);
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Runnable task) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(task);
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
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                // Only close() ends this thread, after what was handed over before it.
                continue;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // One message that cannot be sent (the socket closing at shutdown) must not stop the rest.
                LOG.log(Level.WARNING, "An output message could not be sent: " + e.getClass().getSimpleName());
            }
        }
    }
}
