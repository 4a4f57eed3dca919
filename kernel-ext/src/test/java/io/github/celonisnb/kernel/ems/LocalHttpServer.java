package io.github.celonisnb.kernel.ems;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP server on 127.0.0.1 standing in for what a team URL may lead to: a redirect elsewhere, or a host
 * that is not EMS. It records how each request's Authorization header began ({@code AppKey}, {@code Bearer} or
 * {@code none}), never the key.
 */
final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private LocalHttpServer(Answer answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String header = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(exchange.getRequestURI().getRawPath() + " "
                        + (header == null ? "none" : header.split(" ", 2)[0]));
                answer.send(exchange);
            }
        });
        server.start();
    }

    /** Answers every request with {@code 302 Found} to the same path and query on {@code target}. */
    static LocalHttpServer redirectingTo(String target) {
        return new LocalHttpServer(exchange -> {
            exchange.getResponseHeaders().add("Location", target + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            exchange.sendResponseHeaders(302, -1);
        });
    }

    /** Answers every request as EMS answers one without a key: {@code 401 {"error":"Unauthorized"}}. */
    static LocalHttpServer unauthorized() {
        return new LocalHttpServer(exchange -> {
            byte[] body = "{\"error\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Where it serves, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Each request as {@code <path> <Authorization scheme or none>}, oldest first. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @FunctionalInterface
    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }
}
