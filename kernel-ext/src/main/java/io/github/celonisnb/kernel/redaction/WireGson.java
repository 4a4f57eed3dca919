package io.github.celonisnb.kernel.redaction;

import java.lang.reflect.Field;

import com.google.gson.Gson;

import io.github.spencerpark.jupyter.channels.JupyterSocket;

/** The serializer basekernel's sockets write messages with, for code that must produce or read the same JSON. */
final class WireGson {

    private WireGson() {
    }

    /**
     * The socket's own serializer, so what we scan or write matches the wire form field for field. basekernel
     * keeps it private; we pin basekernel's version, and a test guards this lookup.
     */
    static Gson socketGson() {
        try {
            Field field = JupyterSocket.class.getDeclaredField("gson");
            field.setAccessible(true);
            return (Gson) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This basekernel version does not expose its message "
                    + "serializer where celonis-nb expects it (JupyterSocket.gson); output redaction "
                    + "cannot be guaranteed, so the kernel does not start.", e);
        }
    }
}
