package io.github.celonisnb.kernel.redaction;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.Message;

/**
 * Sends messages that have already been redacted on the IOPub socket, in the order they were handed
 * over. {@link #awaitSent()} returns once everything handed over so far is on the socket, so a reply or
 * an input request never overtakes the output before it.
 */
interface IopubSender extends AutoCloseable {

    /** Sends a redacted message, at once or after every message handed over before it. */
    void send(Message<?> redacted);

    /** Returns once every message handed over before this call has been sent. */
    void awaitSent();

    /** Sends what is still waiting, then stops. */
    @Override
    void close();

    /** Sends on the calling thread: for host kernels whose threads we do not own. */
    static IopubSender direct(JupyterSocket iopub) {
        return new IopubSender() {
            @Override
            public void send(Message<?> redacted) {
                iopub.sendMessage(redacted);
            }

            @Override
            public void awaitSent() {
                // Sent already.
            }

            @Override
            public void close() {
                // Nothing waits.
            }
        };
    }
}
