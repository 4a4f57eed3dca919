package io.github.celonisnb.emulator;

/** A way for the emulator to misbehave on purpose, so clients' retry, timeout and parse paths can be tested. */
public enum Fault {
    /** 429 with a {@code Retry-After} header (seconds) and a catalogue-shaped JSON body. */
    RATE_LIMITED(429),
    /** 502 with the HTML page a gateway shows. */
    BAD_GATEWAY(502),
    /** 503 with a gateway's HTML page and a {@code Retry-After} header. */
    SERVICE_UNAVAILABLE(503),
    /** 504 with a gateway's HTML page. */
    GATEWAY_TIMEOUT(504),
    /** The normal answer, but only after a delay: for read timeouts. */
    SLOW_RESPONSE(0),
    /** The connection is closed without any answer. */
    DROP_CONNECTION(0),
    /** 200 with an HTML sign-in page instead of JSON, as a wrong base URL or a proxy would give. */
    HTML_PAGE(200);

    private final int status;

    Fault(int status) {
        this.status = status;
    }

    /** The status this fault answers with; 0 when it keeps the real answer's (slow) or sends none (drop). */
    public int status() {
        return status;
    }
}
