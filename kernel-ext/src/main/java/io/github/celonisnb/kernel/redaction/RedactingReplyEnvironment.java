package io.github.celonisnb.kernel.redaction;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * A reply environment that passes every message it publishes or replies through a
 * {@link MessageRedactor}. Every output of a request (streams, display data, results, errors and the
 * reply itself) leaves the kernel through one of these two methods.
 *
 * <p>Redaction runs on the thread that publishes, before the message is handed to the
 * {@link IopubSender}: nothing unredacted is ever queued. Replies and input requests first wait until
 * every output before them is sent, so Jupyter sees them in the order the cell made them.
 */
public final class RedactingReplyEnvironment extends ShellReplyEnvironment {

    private final MessageRedactor redactor;
    private final IopubSender sender;
    /** Set by {@link #defer()} for the next publish or reply only, as basekernel does. */
    private boolean deferNext;

    RedactingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub,
                              MessageContext context, MessageRedactor redactor, IopubSender sender) {
        super(shell, stdin, iopub, context);
        this.redactor = redactor;
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
    public static RedactingReplyEnvironment standingIn(ShellReplyEnvironment original, MessageRedactor redactor)
            throws ReflectiveOperationException {
        java.lang.reflect.Field stdin = ShellReplyEnvironment.class.getDeclaredField("stdin");
        stdin.setAccessible(true);
        return new RedactingReplyEnvironment((ShellChannel) original.getShell(), (StdinChannel) stdin.get(original),
                original.getIopub(), original.getContext(), redactor, IopubSender.direct(original.getIopub()));
    }

    @Override
    public ShellReplyEnvironment defer() {
        // basekernel's own flag is left alone: the deferred actions below are what it resolves.
        deferNext = true;
        return this;
    }

    @Override
    public void publish(Message<?> message) {
        Message<?> redacted = redactor.redact(message);
        if (takeDeferral()) {
            defer(() -> sender.send(redacted));
        } else {
            sender.send(redacted);
        }
    }

    @Override
    public void reply(Message<?> message) {
        Message<?> redacted = redactor.redact(message);
        if (takeDeferral()) {
            defer(() -> replyAfterOutput(redacted));
        } else {
            replyAfterOutput(redacted);
        }
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        sender.awaitSent();
        return super.readFromStdIn(prompt, isPassword);
    }

    private void replyAfterOutput(Message<?> redacted) {
        sender.awaitSent();
        getShell().sendMessage(redacted);
    }

    private boolean takeDeferral() {
        boolean deferred = deferNext;
        deferNext = false;
        return deferred;
    }
}
