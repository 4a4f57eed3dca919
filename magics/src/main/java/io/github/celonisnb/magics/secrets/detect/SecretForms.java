package io.github.celonisnb.magics.secrets.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives every printed form of a known secret that can survive into decoded notebook text: the value itself, its
 * JSON, URL and HTML escapings, base64 and base64url (also inside longer base64 such as a {@code Basic} header), for a
 * Celonis key the decoded {@code uuid:secret} and the bare secret, and the value's prefixes and suffixes of
 * {@value #MIN_PARTIAL} or more characters.
 *
 * <p>Two forms are not listed because the matcher handles them for every form: a value wrapped across lines (line
 * breaks inside a match are ignored) and a value split across the elements of a multiline list (the notebook scanner
 * joins them before matching).
 */
public final class SecretForms {

    /** Shortest prefix or suffix that counts as a leak. */
    public static final int MIN_PARTIAL = 12;

    /** Forms shorter than this would match ordinary text; they are left out. */
    static final int MIN_FORM = 8;

    private SecretForms() {
    }

    /** All forms of one secret, without duplicates, each text at least {@value #MIN_FORM} characters long. */
    public static List<SecretForm> of(KnownSecret secret) {
        String value = secret.value().strip();
        Map<String, SecretEncoding> forms = new LinkedHashMap<>();
        addEncodings(value, forms);
        Optional<CelonisKeyShape.DecodedKey> decoded = CelonisKeyShape.decode(value);
        decoded.ifPresent(key -> {
            put(forms, key.joined(), SecretEncoding.CELONIS_DECODED);
            put(forms, urlEncode(key.joined(), true), SecretEncoding.CELONIS_DECODED);
            put(forms, urlEncode(key.joined(), false), SecretEncoding.CELONIS_DECODED);
            put(forms, key.secret(), SecretEncoding.CELONIS_SECRET_PART);
        });
        List<SecretForm> result = new ArrayList<>();
        forms.forEach((text, encoding) -> result.add(new SecretForm(encoding, text)));
        if (value.length() > MIN_PARTIAL) {
            result.add(new SecretForm(SecretEncoding.PREFIX, value));
            result.add(new SecretForm(SecretEncoding.SUFFIX, value));
        }
        decoded.ifPresent(key -> {
            result.add(new SecretForm(SecretEncoding.PREFIX, key.secret()));
            result.add(new SecretForm(SecretEncoding.SUFFIX, key.secret()));
        });
        return List.copyOf(result);
    }

    /**
     * The value broken into lines of {@code width} characters joined by {@code lineBreak}, as {@code base64} tools
     * and terminals print long keys. Not needed for matching (line breaks are ignored); useful for tests and
     * fixtures.
     */
    public static String wrap(String value, int width, String lineBreak) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        StringBuilder out = new StringBuilder(value.length() + value.length() / width * lineBreak.length());
        for (int i = 0; i < value.length(); i += width) {
            if (i > 0) {
                out.append(lineBreak);
            }
            out.append(value, i, Math.min(value.length(), i + width));
        }
        return out.toString();
    }

    private static void addEncodings(String value, Map<String, SecretEncoding> forms) {
        put(forms, value, SecretEncoding.RAW);
        put(forms, jsonEscape(value, false, false, false), SecretEncoding.JSON_ESCAPED);
        put(forms, jsonEscape(value, true, false, false), SecretEncoding.JSON_SLASH_ESCAPED);
        for (boolean slash : new boolean[] {false, true}) {
            put(forms, jsonEscape(value, slash, true, false), SecretEncoding.JSON_UNICODE_ESCAPED);
            put(forms, jsonEscape(value, slash, true, true), SecretEncoding.JSON_UNICODE_ESCAPED_UPPER);
        }
        put(forms, htmlSafeJsonEscape(value), SecretEncoding.JSON_HTML_SAFE_ESCAPED);
        put(forms, dotnetJsonEscape(value), SecretEncoding.JSON_HTML_SAFE_ESCAPED);
        // JSON inside JSON (a log record's message, an API's payload field): escaped twice.
        String jsonOnce = jsonEscape(value, false, false, false);
        put(forms, jsonEscape(jsonOnce, false, false, false), SecretEncoding.JSON_ESCAPED);
        put(forms, htmlSafeJsonEscape(htmlSafeJsonEscape(value)), SecretEncoding.JSON_HTML_SAFE_ESCAPED);
        put(forms, urlEncode(value, true), SecretEncoding.URL_ENCODED);
        put(forms, urlEncode(value, false), SecretEncoding.URL_ENCODED_LOWER);
        // Python's urllib.parse.quote() leaves '/' as it is, and form encoding (quote_plus, urlencode, Java's
        // URLEncoder) writes a space as '+'; base64 keys hold '/', '+' and '=', so each writer gives another text.
        put(forms, urlEncode(value, true, "/", false), SecretEncoding.URL_ENCODED);
        put(forms, urlEncode(value, false, "/", false), SecretEncoding.URL_ENCODED_LOWER);
        put(forms, urlEncode(value, true, "", true), SecretEncoding.URL_ENCODED);
        put(forms, urlEncode(value, false, "", true), SecretEncoding.URL_ENCODED_LOWER);
        // HTML writers differ in how they write the apostrophe, the quote and '/' (OWASP's encoder escapes '/').
        for (String apostrophe : new String[] {"&#x27;", "&#39;"}) {
            for (String quote : new String[] {"&quot;", "&#34;"}) {
                for (String slash : new String[] {"/", "&#x2F;", "&#x2f;", "&#47;"}) {
                    put(forms, htmlEscape(value, apostrophe, quote, slash), SecretEncoding.HTML_ESCAPED);
                }
            }
        }
        put(forms, htmlNumeric(value, "&#%d;"), SecretEncoding.HTML_NUMERIC_ESCAPED);
        put(forms, htmlNumeric(value, "&#x%x;"), SecretEncoding.HTML_NUMERIC_ESCAPED);
        put(forms, htmlNumeric(value, "&#x%X;"), SecretEncoding.HTML_NUMERIC_ESCAPED);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        put(forms, Base64.getEncoder().encodeToString(bytes), SecretEncoding.BASE64);
        put(forms, Base64.getEncoder().withoutPadding().encodeToString(bytes), SecretEncoding.BASE64);
        put(forms, Base64.getUrlEncoder().encodeToString(bytes), SecretEncoding.BASE64URL);
        put(forms, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), SecretEncoding.BASE64URL);
        for (int offset = 0; offset < 3; offset++) {
            put(forms, embeddedBase64(bytes, offset, Base64.getEncoder()), SecretEncoding.BASE64_EMBEDDED);
            put(forms, embeddedBase64(bytes, offset, Base64.getUrlEncoder()), SecretEncoding.BASE64_EMBEDDED);
        }
    }

    private static void put(Map<String, SecretEncoding> forms, String text, SecretEncoding encoding) {
        if (text.length() >= MIN_FORM) {
            forms.putIfAbsent(text, encoding);
        }
    }

    /**
     * The base64 characters that encode only the value's bits when the value follows {@code offset} other bytes
     * (mod 3): character {@code j} covers bits {@code [6j, 6j + 6)}, and it depends on the value alone when those
     * bits lie inside the value's bytes.
     */
    static String embeddedBase64(byte[] value, int offset, Base64.Encoder encoder) {
        byte[] shifted = new byte[offset + value.length];
        System.arraycopy(value, 0, shifted, offset, value.length);
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        int first = (8 * offset + 5) / 6;
        int last = 8 * (offset + value.length) / 6;
        return first < last ? encoded.substring(first, last) : "";
    }

    static String jsonEscape(String value, boolean escapeSlash, boolean escapeNonAscii, boolean upperHex) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '/' -> out.append(escapeSlash ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || (escapeNonAscii && c > 0x7e)) {
                        out.append(String.format(upperHex ? "\\u%04X" : "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** JSON escaping as Gson writes it by default: {@code < > & = '} (and U+2028, U+2029) as lowercase escapes too. */
    static String htmlSafeJsonEscape(String value) {
        String escaped = jsonEscape(value, false, false, false);
        StringBuilder out = new StringBuilder(escaped.length() + 8);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if ("<>&='\u2028\u2029".indexOf(c) >= 0) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON escaping as .NET's System.Text.Json writes it by default: {@code " < > & ' + `} and every character beyond
     * ASCII as upper-case escapes, a backslash and control characters as JSON writes them.
     */
    static String dotnetJsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("\"<>&'+`".indexOf(c) >= 0 || c > 0x7e) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(jsonEscape(String.valueOf(c), false, false, false));
            }
        }
        return out.toString();
    }

    static String urlEncode(String value, boolean upperHex) {
        return urlEncode(value, upperHex, "", false);
    }

    /**
     * Percent-encoding (RFC 3986) of every UTF-8 byte but the unreserved characters and those in {@code unencoded},
     * with a space as '+' when {@code spaceAsPlus}. The registry's forms use it too.
     */
    public static String urlEncode(String value, boolean upperHex, String unencoded, boolean spaceAsPlus) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (AnchoredPattern.isAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~'
                    || (c < 128 && unencoded.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c == ' ' && spaceAsPlus) {
                out.append('+');
            } else {
                out.append(String.format(upperHex ? "%%%02X" : "%%%02x", c));
            }
        }
        return out.toString();
    }

    private static String htmlEscape(String value, String apostrophe, String quote, String slash) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quote);
                case '\'' -> out.append(apostrophe);
                case '/' -> out.append(slash);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String htmlNumeric(String value, String format) {
        StringBuilder out = new StringBuilder(value.length() * 2);
        value.codePoints().forEach(c -> {
            if (AnchoredPattern.isAlphanumeric(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(format, c));
            }
        });
        return out.toString();
    }
}
