package io.github.celonisnb.magics.ems;

/**
 * What happened to one call on the wire, carried as the request's tag: whether a connection was established,
 * which tells a connect timeout from a read timeout.
 */
final class CallTrace {

    private volatile boolean connected;

    void markConnected() {
        connected = true;
    }

    boolean connected() {
        return connected;
    }
}
