package io.github.celonisnb.magics.ems;

/**
 * What happened to one call on the wire, carried as the request's tag: whether a TLS handshake began and whether
 * a connection was established, which tells a connect timeout from a handshake that got no answer and from a
 * read timeout.
 */
final class CallTrace {

    private volatile boolean handshakeStarted;
    private volatile boolean connected;

    void markHandshakeStarted() {
        handshakeStarted = true;
    }

    void markConnected() {
        connected = true;
    }

    boolean handshakeStarted() {
        return handshakeStarted;
    }

    boolean connected() {
        return connected;
    }
}
