package io.github.celonisnb.emulator.internal.http.ui;

import io.github.celonisnb.emulator.internal.http.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fields of a submitted HTML form ({@code application/x-www-form-urlencoded}), each possibly repeated. */
final class FormBody {

    /** Forms of the page are small; a larger body is refused rather than read. */
    static final int MAX_BYTES = 64 * 1024;

    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final Map<String, List<String>> fields;

    private FormBody(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** An empty form, for requests without a body. */
    static FormBody empty() {
        return new FormBody(Map.of());
    }

    /**
     * Reads the form from a request body.
     *
     * @throws BadRequestException if the body is not a form, is too large, or cannot be read
     */
    static FormBody read(String contentType, InputStream body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM_TYPE)) {
            throw new BadRequestException("The page's forms are sent as " + FORM_TYPE + "; this request was not.");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestException("The form could not be read.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadRequestException("The form is larger than " + MAX_BYTES + " bytes.");
        }
        return parse(new String(bytes, StandardCharsets.US_ASCII));
    }

    /** Parses {@code a=1&b=2&b=3}; a field without {@code =} has the empty value. */
    static FormBody parse(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new FormBody(fields);
    }

    /** The first value of a field. */
    Optional<String> first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a field, in the order sent; empty when absent. */
    List<String> all(String name) {
        return List.copyOf(fields.getOrDefault(name, List.of()));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The form is not properly encoded.");
        }
    }

    @Override
    public String toString() {
        // Forms carry the login token and CSRF tokens: only the field names are shown.
        return "FormBody" + fields.keySet();
    }
}
