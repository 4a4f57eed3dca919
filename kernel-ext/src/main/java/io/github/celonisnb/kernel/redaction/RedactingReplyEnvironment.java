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
final class RedactingReplyEnvironment extends ShellReplyEnvironment {

    private final MessageRedactor redactor;

    RedactingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub,
                              MessageContext context, MessageRedactor redactor) {
        super(shell, stdin, iopub, context);
        this.redactor = redactor;
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
