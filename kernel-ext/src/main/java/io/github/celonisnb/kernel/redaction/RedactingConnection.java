package io.github.celonisnb.kernel.redaction;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

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

    private final MessageRedactor redactor;
    private final IopubSender sender;

    public RedactingConnection(KernelConnectionProperties properties, MessageRedactor redactor)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.redactor = redactor;
        this.sender = new BackgroundIopubSender(this.iopub::sendMessage);
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
        return new RedactingReplyEnvironment(shell, this.stdin, this.iopub, context, redactor, sender);
    }

    /** Sends the output still waiting, then closes the sockets. */
    @Override
    public void close() {
        sender.close();
        super.close();
    }
}
