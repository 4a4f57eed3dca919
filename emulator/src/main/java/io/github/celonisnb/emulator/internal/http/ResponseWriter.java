package io.github.celonisnb.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Response} to the exchange: headers, then the body unless there is none to send. */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    /**
     * Sends the answer. A HEAD request gets the headers only, with no length: the JDK server warns on
     * the terminal when a HEAD answer is given a length, even a correct one.
     */
    public static void send(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
