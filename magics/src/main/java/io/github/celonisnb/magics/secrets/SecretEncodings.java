package io.github.celonisnb.magics.secrets;

import io.github.celonisnb.magics.secrets.detect.SecretForms;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The forms in which a secret may appear in output: raw, JSON-escaped and URL-encoded (three ways). */
final class SecretEncodings {

    private SecretEncodings() {
    }

    /** Every distinct form of {@code value}, the raw value first. */
    static Set<String> formsOf(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(jsonEscaped(value, false));
        forms.add(jsonEscaped(value, true));
        forms.add(percentEncoded(value));
        forms.add(SecretForms.urlEncode(value, false, "", false));
        // Python's urllib.parse.quote() leaves '/' as it is; base64 keys hold it.
        forms.add(SecretForms.urlEncode(value, true, "/", false));
        forms.add(SecretForms.urlEncode(value, false, "/", false));
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
        return SecretForms.urlEncode(value, true, "", false);
    }
}
