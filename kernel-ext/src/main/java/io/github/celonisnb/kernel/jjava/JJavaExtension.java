package io.github.celonisnb.kernel.jjava;

import java.io.PrintStream;
import java.util.Map;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import io.github.celonisnb.kernel.host.FlushRedactingStream;
import io.github.celonisnb.kernel.host.HostFields;
import io.github.celonisnb.kernel.host.HostMagics;
import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.Tabular;
import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * The Celonis magics as a JJava extension. JJava finds it through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when the jar is on its class path
 * ({@code JJAVA_CLASSPATH}, {@code %classpath}, {@code %maven}) and calls {@link #install(BaseKernel)}.
 *
 * <p>It registers {@code %celonis_login}, {@code %celonis_logout} and {@code %celonis_redact}, shows
 * session tables as tables, replaces the kernel's cell streams by ones that redact every print, and
 * (from the request after the first one it sees) answers every request through the redactor.
 */
public final class JJavaExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        SecretRegistry secrets = HostMagics.secrets();
        MagicOutput out = new JJavaOutput(kernel);
        for (Map.Entry<String, HostMagics.LineMagicBody> magic : HostMagics.create(out).entrySet()) {
            HostMagics.LineMagicBody body = magic.getValue();
            kernel.getMagicsRegistry().registerLineMagic(magic.getKey(), (k, args) -> {
                // Before the magic can load a key, make sure later messages will be redacted.
                wireMessages(kernel, secrets);
                body.run(args);
                return null;
            });
        }
        kernel.getRenderer().createRegistration(Tabular.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, table::toHtml);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, table::toText);
                });
        redactStreams(kernel.getIO(), secrets);
        wireMessages(kernel, secrets);
    }

    private static void wireMessages(BaseKernel kernel, SecretRegistry secrets) {
        try {
            JJavaMessageRedaction.wire(kernel, secrets);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("The Celonis magics cannot redact this JJava kernel's messages: its "
                    + "channels differ from 1.0-a6 (" + e.getClass().getSimpleName() + "). Use the celonis-nb "
                    + "kernel instead (celonis-nb kernel install).", e);
        }
    }

    /** JJava swaps {@code System.out} for {@code JupyterIO.out} on each request; make those redact. */
    static void redactStreams(JupyterIO io, SecretRegistry secrets) {
        try {
            if (!(io.out instanceof FlushRedactingStream)) {
                HostFields.write(io, "out", new FlushRedactingStream(io.out, secrets::redactEverything));
                HostFields.write(io, "err", new FlushRedactingStream(io.err, secrets::redactEverything));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("The Celonis magics cannot redact this JJava kernel's output: its "
                    + "JupyterIO differs from 1.0-a6 (" + e.getClass().getSimpleName() + "). Use the celonis-nb "
                    + "kernel instead (celonis-nb kernel install).", e);
        }
    }

    /** A magic's output in JJava: lines to the cell streams, rich output as display data shown at once. */
    private static final class JJavaOutput implements MagicOutput {
        private final BaseKernel kernel;

        JJavaOutput(BaseKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public void info(String line) {
            PrintStream out = System.out;
            out.println(line);
            out.flush();
        }

        @Override
        public void warning(String line) {
            PrintStream err = System.err;
            err.println(line);
            err.flush();
        }

        @Override
        public void display(String html, String plainText) {
            System.out.flush();
            DisplayData data = new DisplayData(plainText);
            data.putHTML(html);
            kernel.display(data);
        }
    }
}
