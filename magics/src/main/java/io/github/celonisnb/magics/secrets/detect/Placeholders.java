package io.github.celonisnb.magics.secrets.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises values that stand in for a secret instead of being one: {@code 'your_api_token'}, {@code <password>},
 * {@code ${TOKEN}}, {@code ****}, names written in capitals such as {@code sk-or-v1-VOTRE_CLE} or
 * {@code CELONIS_API_TOKEN}, and our own redaction marks. Reporting them would fail {@code check} on every
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
        if (hasCapitalSnakeWord(value)) {
            return true;
        }
        char first = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the value holds two or more words of capitals joined by '_' ({@code YOUR_KEY}, {@code VOTRE_CLE}):
     * how people write "put the real value here" or an environment variable's name; random keys do not look like that.
     */
    static boolean hasCapitalSnakeWord(CharSequence value) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            if (i > 0 && Character.isLetterOrDigit(value.charAt(i - 1))) {
                i++;
                continue;
            }
            int words = 0;
            int j = i;
            while (true) {
                int start = j;
                while (j < n && value.charAt(j) >= 'A' && value.charAt(j) <= 'Z') {
                    j++;
                }
                if (j - start < 2) {
                    break;
                }
                words++;
                if (j < n && value.charAt(j) == '_') {
                    j++;
                } else {
                    break;
                }
            }
            boolean ends = j >= n || !Character.isLetterOrDigit(value.charAt(j));
            if (words >= 2 && ends) {
                return true;
            }
            i = Math.max(i + 1, j);
        }
        return false;
    }
}
