package io.github.celonisnb.emulator.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one JSON mapper of the emulator, and a way to describe a parse failure without Jackson's own
 * message, which may quote the input.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The shared mapper; thread-safe once configured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A mapper that indents, for files people read. */
    public static ObjectMapper pretty() {
        return PRETTY;
    }

    /**
     * What went wrong, and where, with no input quoted: e.g. {@code unknown field 'x' at line 1, column 9}
     * or {@code not valid JSON at line 2, column 5}.
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + SafeText.quote(unknown.getPropertyName()) + where(e.getLocation());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            return "field '" + pathOf(mismatched) + "' has the wrong type or is missing" + where(e.getLocation());
        }
        return "not valid JSON" + where(e.getLocation());
    }

    private static String pathOf(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        StringBuilder out = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
