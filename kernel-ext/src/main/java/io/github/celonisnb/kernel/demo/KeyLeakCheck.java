package io.github.celonisnb.kernel.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Checks that a saved notebook holds a key in no form JSON can write it: neither in the raw bytes,
 * nor in any decoded string value or field name (which covers {@code \\/}, {@code \\uXXXX} and every
 * other escape, since decoding undoes them all).
 */
public final class KeyLeakCheck {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private KeyLeakCheck() {
    }

    /**
     * Where the key occurs in the notebook, as short descriptions ("raw bytes", "string value at
     * line 12"); empty when it occurs nowhere. Never includes the key.
     */
    public static List<String> occurrences(byte[] notebook, String key) throws IOException {
        List<String> found = new ArrayList<>();
        if (new String(notebook, StandardCharsets.UTF_8).contains(key)) {
            found.add("raw bytes");
        }
        try (JsonParser parser = FACTORY.createParser(notebook)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && parser.getText().contains(key)) {
                    found.add((t == JsonToken.FIELD_NAME ? "field name" : "string value") + " at line "
                            + parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return found;
    }
}
