package io.github.celonisnb.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.github.celonisnb.emulator.internal.Json;
import io.github.celonisnb.emulator.internal.state.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A request as a handler sees it: path parameters, query, the authenticated caller, a JSON body. */
public final class Request {

    /** Admin requests are small; anything larger is refused rather than read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Caller caller;

    Request(HttpExchange exchange, Map<String, String> pathParams, Caller caller) {
        this.exchange = exchange;
        this.pathParams = Map.copyOf(pathParams);
        this.caller = caller;
    }

    /** The HTTP method. */
    public String method() {
        return exchange.getRequestMethod();
    }

    /** The raw path, without query. */
    public String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The value of a placeholder of the route's path. */
    public String pathParam(String name) {
        return Objects.requireNonNull(pathParams.get(name), () -> "the route has no placeholder {" + name + "}");
    }

    /** A query parameter, decoded; the first one wins when repeated. */
    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query().get(name));
    }

    /** The key and owner the request was authenticated with; only on EMS routes. */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("this route is not authenticated with a key");
        }
        return caller;
    }

    /**
     * Reads the body as JSON into the given type.
     *
     * @throws BadRequestException if it is empty, too large or not the expected JSON
     */
    public <T> T jsonBody(Class<T> type) {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read.");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadRequestException("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        if (bytes.length == 0) {
            throw new BadRequestException("The request needs a JSON body.");
        }
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The request body is wrong: " + Json.describe(e) + ".");
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read.");
        }
    }

    private Map<String, String> query() {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }
}
