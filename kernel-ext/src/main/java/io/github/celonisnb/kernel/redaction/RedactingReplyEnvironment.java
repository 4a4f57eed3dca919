package io.github.celonisnb.kernel.redaction;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

/**
 * A reply environment that passes every message it publishes or replies through a
 * {@link MessageRedactor}. Every output of a request (streams, display data, results, errors and the
 * reply itself) leaves the kernel through one of these two methods.
 *
 * <p>Redaction runs on the thread that publishes, before the message is handed to the
 * {@link IopubSender}: nothing unredacted is ever queued. Stream output passes a {@link StreamContinuity},
 * so a secret printed in pieces is redacted as a whole. Replies and input requests first wait until every
 * output before them is sent, so Jupyter sees them in the order the cell made them.
 */
public final class RedactingReplyEnvironment extends ShellReplyEnvironment {

    private final MessageRedactor redactor;
    private final StreamContinuity streams;
    private final IopubSender sender;
    /** Set by {@link #defer()} for the next publish or reply only, as basekernel does. */
    private boolean deferNext;

    RedactingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub,
                              MessageContext context, MessageRedactor redactor, StreamContinuity streams,
                              IopubSender sender) {
        super(shell, stdin, iopub, context);
        this.redactor = redactor;
        this.streams = streams;
        this.sender = sender;
    }

    /**
     * An environment for the same request as {@code original} whose messages pass through {@code redactor}:
     * how a host kernel's handler (IJava's) is made to answer through the redactor. The caller resolves
     * its deferrals and carries a shutdown mark back to the original. Messages are sent on the calling
     * thread, as the host expects.
     *
     * @throws ReflectiveOperationException when this basekernel keeps its stdin channel elsewhere
     */
    public static RedactingReplyEnvironment standingIn(ShellReplyEnvironment original, MessageRedactor redactor,
                                                       StreamContinuity streams)
            throws ReflectiveOperationException {
        java.lang.reflect.Field stdin = ShellReplyEnvironment.class.getDeclaredField("stdin");
        stdin.setAccessible(true);
        return new RedactingReplyEnvironment((ShellChannel) original.getShell(), (StdinChannel) stdin.get(original),
                original.getIopub(), original.getContext(), redactor, streams,
                IopubSender.direct(original.getIopub()));
    }

    @Override
    public ShellReplyEnvironment defer() {
        // basekernel's own flag is left alone: the deferred actions below are what it resolves.
        deferNext = true;
        return this;
    }

    @Override
    public void publish(Message<?> message) {
        if (takeDeferral()) {
            defer(() -> publishNow(message));
        } else {
            publishNow(message);
        }
    }

    @Override
    public void reply(Message<?> message) {
        if (takeDeferral()) {
            defer(() -> replyNow(message));
        } else {
            replyNow(message);
        }
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        streams.sendHeld(sender::send);
        sender.awaitSent();
        return super.readFromStdIn(prompt, isPassword);
    }

    /** Sends the stream output held back so far: for a host that ends a request without another message. */
    public void sendHeldOutput() {
        streams.sendHeldAtEndOfRequest(sender::send);
    }

    @SuppressWarnings("unchecked")
    private void publishNow(Message<?> message) {
        if (message.getContent() instanceof PublishStream) {
            streams.sendStream((Message<PublishStream>) message, sender::send);
        } else {
            streams.sendAfterHeld(redactor.redact(message), sender::send);
        }
    }

    private void replyNow(Message<?> message) {
        Message<?> redacted = redactor.redact(message);
        streams.sendHeldAtEndOfRequest(sender::send);
        sender.awaitSent();
        getShell().sendMessage(redacted);
    }

    private boolean takeDeferral() {
        boolean deferred = deferNext;
        deferNext = false;
        return deferred;
    }
}
