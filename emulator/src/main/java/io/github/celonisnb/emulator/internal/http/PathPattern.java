package io.github.celonisnb.emulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path like {@code /integration/api/pools/{id}}: literal segments and named placeholders. */
public final class PathPattern {

    private final String template;
    private final List<String> segments;

    private PathPattern(String template) {
        this.template = template;
        this.segments = split(template);
    }

    /** Compiles a template; a segment in braces matches any one non-empty segment. */
    public static PathPattern of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + template);
        }
        return new PathPattern(template);
    }

    /** The placeholder values if the raw path matches, decoded; empty otherwise. */
    public Optional<Map<String, String>> match(String rawPath) {
        List<String> actual = split(rawPath);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String given = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (given.isEmpty()) {
                    return Optional.empty();
                }
                params.put(expected.substring(1, expected.length() - 1), URLDecoder.decode(given, StandardCharsets.UTF_8));
            } else if (!expected.equals(given)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** The template as written. */
    @Override
    public String toString() {
        return template;
    }

    private static List<String> split(String path) {
        // A trailing slash makes an extra empty segment, so "/api/cloud/" does not match "/api/cloud".
        return List.of(path.substring(1).split("/", -1));
    }
}
