package io.github.spencerpark.ijava;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

/**
 * A test stand-in for IJava 1.3.0's entry point, which is not on Maven Central: the same class name, the
 * same public static {@code getKernelInstance()}, and a {@code main} that runs a real basekernel 2.3.0
 * kernel on a Jupyter connection. The celonis-nb adapter finds the kernel through exactly this API.
 */
public final class IJava {

    private static volatile JavaKernel kernel;
    private static final Logger QUIET = Logger.getLogger("");

    private IJava() {
    }

    /** The running kernel, as IJava's own method returns it. */
    public static JavaKernel getKernelInstance() {
        return kernel;
    }

    public static void main(String[] args) throws Exception {
        QUIET.setLevel(Level.WARNING);
        for (java.util.logging.Handler h : QUIET.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        kernel = new JavaKernel(System.getenv());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        kernel = null;
        System.exit(0);
    }
}
