package io.github.celonisnb.magics.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The forms in which a secret may appear in output: raw, JSON-escaped and URL-encoded (three ways). */
final class SecretEncodings {

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private SecretEncodings() {
    }

    /** Every distinct form of {@code value}, the raw value first. */
    static Set<String> formsOf(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(jsonEscaped(value, false));
        forms.add(jsonEscaped(value, true));
        String percent = percentEncoded(value);
        forms.add(percent);
        forms.add(lowerCaseHex(percent));
        // Python's urllib.parse.quote() leaves '/' as it is; base64 keys hold it.
        String slashKept = percentEncoded(value, "/");
        forms.add(slashKept);
        forms.add(lowerCaseHex(slashKept));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        return forms;
    }

    /**
     * The value as it appears inside a JSON string: quote and backslash escaped, and with {@code escapeSlash}
     * also {@code /} as {@code \/} (which some writers, PHP's and Python's among them, produce).
     */
    static String jsonEscaped(String value, boolean escapeSlash) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || (escapeSlash && c == '/')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** RFC 3986 percent-encoding of every byte except the unreserved characters, with upper-case hex. */
    static String percentEncoded(String value) {
        return percentEncoded(value, "");
    }

    /** The same, leaving the characters in {@code unencoded} as they are as well. */
    static String percentEncoded(String value, String unencoded) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c) || (c < 128 && unencoded.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX_UPPER[c >> 4]).append(HEX_UPPER[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** The same percent-encoding with lower-case hex digits ({@code %2f} for {@code %2F}). */
    private static String lowerCaseHex(String percentEncoded) {
        StringBuilder out = new StringBuilder(percentEncoded);
        for (int i = 0; i + 2 < out.length(); i++) {
            if (out.charAt(i) == '%') {
                out.replace(i + 1, i + 3, out.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            }
        }
        return out.toString();
    }
}
