package io.github.celonisnb.kernel.jjava;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;

import io.github.celonisnb.kernel.host.HostFields;

/** A JJava reply environment for one request whose every published or replied message is redacted. */
final class JJavaRedactingReplyEnvironment extends ShellReplyEnvironment {

    private final JJavaMessageRedactor redactor;

    private JJavaRedactingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub,
                                           MessageContext context, JJavaMessageRedactor redactor) {
        super(shell, stdin, iopub, context);
        this.redactor = redactor;
    }

    /** An environment for the same request as {@code original}, answering through the redactor. */
    static JJavaRedactingReplyEnvironment standingIn(ShellReplyEnvironment original, JJavaMessageRedactor redactor)
            throws ReflectiveOperationException {
        StdinChannel stdin = (StdinChannel) HostFields.read(original, "stdin");
        return new JJavaRedactingReplyEnvironment((ShellChannel) original.getShell(), stdin, original.getIopub(),
                original.getContext(), redactor);
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
