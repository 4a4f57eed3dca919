package io.github.celonisnb.magics.secrets.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises values that stand in for a secret instead of being one: {@code 'your_api_token'}, {@code <password>},
 * {@code ${TOKEN}}, {@code ****}, and our own redaction marks. Reporting them would fail {@code check} on every
 * notebook that follows the documentation's examples.
 */
final class Placeholders {

    private static final String[] MARKERS = {
        "your", "xxxx", "****", "....", "placeholder", "example", "changeme", "change_me", "redacted", "dummy",
        "<", ">", "{", "}", "${", "$(", "%s", "%(",
    };

    private static final Set<String> WORDS = Set.of(
            "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "api_token", "pwd", "none", "null",
            "true", "false", "undefined", "string", "str", "test", "admin", "username", "user", "key", "value");

    private Placeholders() {
    }

    /** Whether the value looks like a stand-in, an empty string, a redaction mark or a single repeated character. */
    static boolean isPlaceholder(CharSequence value) {
        if (value.length() == 0 || RedactionMark.startsAt(value, 0)) {
            return true;
        }
        String lower = value.toString().toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower)) {
            return true;
        }
        for (String marker : MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        char first = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }
}
