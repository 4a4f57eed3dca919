package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.ems.EmsConnectionException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/** Turns the I/O failure of a call into an {@link EmsConnectionException} that says what to do. */
final class ConnectionFailures {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    ConnectionFailures(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    EmsConnectionException toException(IOException failure, String method, HttpUrl url, boolean connected) {
        return toException(failure, method, url, connected, false);
    }

    /**
     * The exception for a failed call; {@code handshakeStarted} says whether a TLS handshake began, so that a
     * timeout during it counts as a TLS failure (the server did not answer the TLS greeting), not as a timeout
     * connecting.
     */
    EmsConnectionException toException(IOException failure, String method, HttpUrl url, boolean connected,
            boolean handshakeStarted) {
        Reason reason = reasonFor(failure, connected, handshakeStarted);
        Duration timeout = reason == Reason.CONNECT_TIMEOUT ? connectTimeout : readTimeout;
        return new EmsConnectionException(reason, method, url, timeout, failure);
    }

    static Reason reasonFor(IOException failure, boolean connected, boolean handshakeStarted) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Reason.UNKNOWN_HOST;
            }
            if (t instanceof ConnectException) {
                return Reason.CONNECTION_REFUSED;
            }
            if (t instanceof SSLException) {
                return Reason.TLS_FAILURE;
            }
            if (t instanceof SocketTimeoutException) {
                if (connected) {
                    return Reason.READ_TIMEOUT;
                }
                return handshakeStarted ? Reason.TLS_FAILURE : Reason.CONNECT_TIMEOUT;
            }
        }
        if (failure instanceof InterruptedIOException) {
            return Reason.INTERRUPTED;
        }
        return Reason.OTHER;
    }
}
