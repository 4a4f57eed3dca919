package io.github.celonisnb.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.celonisnb.emulator.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: status, extra headers, content type and body. The dispatcher writes it,
 * so faults can replace or delay any answer in one place.
 */
public record Response(int status, Map<String, String> headers, String contentType, byte[] body) {

    /** The content type of every JSON answer. */
    public static final String JSON = "application/json;charset=UTF-8";

    public Response {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A JSON answer with the value written by the shared mapper. */
    public static Response json(int status, Object value) {
        try {
            return new Response(status, Map.of(), JSON, Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response body cannot be written as JSON", e);
        }
    }

    /** A text answer of the given type, UTF-8. */
    public static Response text(int status, String contentType, String body) {
        return new Response(status, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer without a body, e.g. 204. */
    public static Response empty(int status) {
        return new Response(status, Map.of(), null, new byte[0]);
    }

    /** A copy with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Response(status, copy, contentType, body);
    }

    @Override
    public String toString() {
        return "Response[" + status + ", " + body.length + " bytes]";
    }
}
