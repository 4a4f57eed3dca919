package io.github.celonisnb.magics.ems;

import java.time.Duration;
import okhttp3.HttpUrl;

/** No answer came from EMS: the host is unknown, refuses connections, is too slow, or TLS failed. */
public final class EmsConnectionException extends EmsException {

    /** Why no answer came. */
    public enum Reason {
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing listens on that port. */
        CONNECTION_REFUSED,
        /** No connection within the connect timeout. */
        CONNECT_TIMEOUT,
        /** Connected, but no answer within the read timeout. */
        READ_TIMEOUT,
        /**
         * The TLS handshake failed: untrusted or mismatched certificate, or not a TLS server (also when the server
         * does not answer the handshake within the connect timeout).
         */
        TLS_FAILURE,
        /** The calling thread was interrupted. */
        INTERRUPTED,
        /** Another network failure, e.g. the connection was reset. */
        OTHER
    }

    private final Reason reason;
    private final String method;
    private final HttpUrl url;

    EmsConnectionException(Reason reason, String method, HttpUrl url, Duration timeout, Throwable cause) {
        super(message(reason, method, url, timeout, cause), cause);
        this.reason = reason;
        this.method = method;
        this.url = url;
    }

    private static String message(Reason reason, String method, HttpUrl url, Duration timeout, Throwable cause) {
        String request = " (" + method + " " + url + ")";
        String hostPort = url.host() + ":" + url.port();
        switch (reason) {
            case UNKNOWN_HOST:
                return "Cannot find host " + url.host() + request + ": check the EMS URL for typos, and that this"
                        + " machine can reach the network.";
            case CONNECTION_REFUSED:
                return "Connection refused by " + hostPort + request + ": nothing is listening there; check the EMS"
                        + " URL and port, and if it is the emulator, that it is running.";
            case CONNECT_TIMEOUT:
                return "Could not connect to " + hostPort + " within " + format(timeout) + request + ": check the"
                        + " network, any proxy or firewall, and the EMS URL.";
            case READ_TIMEOUT:
                return "No answer from " + hostPort + " within " + format(timeout) + request + ": the server is slow"
                        + " or stuck; try again later, or allow a longer read timeout.";
            case TLS_FAILURE:
                return "TLS with " + hostPort + " failed" + request + ": the certificate is not trusted or not for"
                        + " this host, or the server does not speak HTTPS; check the EMS URL (the emulator without"
                        + " TLS needs http://), and if a proxy or private CA signs the certificate, trust its CA file.";
            case INTERRUPTED:
                return "The request was interrupted" + request + ".";
            default:
                return "The connection to " + hostPort + " failed" + request + " (" + cause.getClass().getSimpleName()
                        + "): check the network and try again.";
        }
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Why no answer came. */
    public Reason reason() {
        return reason;
    }

    /** The request method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The URL requested. */
    public HttpUrl url() {
        return url;
    }

    /** The host that could not be reached. */
    public String host() {
        return url.host();
    }

    /** The port that could not be reached. */
    public int port() {
        return url.port();
    }
}
