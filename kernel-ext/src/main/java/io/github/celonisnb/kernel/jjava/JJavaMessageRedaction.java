package io.github.celonisnb.kernel.jjava;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

import io.github.celonisnb.kernel.host.HostFields;
import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * Wraps a running JJava kernel's execute handler so every later request answers through a redacting
 * reply environment: streams, display data, results and errors all pass the redactor.
 *
 * <p>The connection is reached through the request running now ({@code JupyterIO}'s stream holds its
 * environment, whose shell channel knows the connection). JJava may install extensions before any
 * request, so the wiring is tried at install and again whenever a Celonis magic runs: a key only enters
 * the registry through a magic, so by the time there is anything to redact, the wiring is in place.
 */
final class JJavaMessageRedaction {

    private static final Set<JupyterConnection> WIRED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private JJavaMessageRedaction() {
    }

    /**
     * Wires the redactor into the kernel's connection unless it is already, or no request is running.
     *
     * @return whether every later message of the kernel is redacted
     */
    static boolean wire(BaseKernel kernel, SecretRegistry secrets) throws ReflectiveOperationException {
        Object current = HostFields.read(HostFields.read(kernel.getIO(), "jupyterOut"), "env");
        if (!(current instanceof ShellReplyEnvironment env)) {
            return false;
        }
        JupyterConnection connection = (JupyterConnection) HostFields.read(env.getShell(), "connection");
        synchronized (WIRED) {
            if (WIRED.contains(connection)) {
                return true;
            }
            JJavaMessageRedactor redactor = new JJavaMessageRedactor(secrets::redactEverything);
            ShellHandler<ExecuteRequest> original = connection.getHandler(MessageType.EXECUTE_REQUEST);
            connection.setHandler(MessageType.EXECUTE_REQUEST, (requestEnv, message) -> {
                JJavaRedactingReplyEnvironment redacting;
                try {
                    redacting = JJavaRedactingReplyEnvironment.standingIn(requestEnv, redactor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("celonis-nb cannot redact this request: the JJava kernel "
                            + "differs from 1.0-a6 (" + e.getClass().getSimpleName() + ").", e);
                }
                try {
                    original.handle(redacting, message);
                } finally {
                    redacting.resolveDeferrals();
                    if (redacting.isMarkedForShutdown()) {
                        requestEnv.markForShutdown();
                    }
                }
            });
            WIRED.add(connection);
            return true;
        }
    }
}
