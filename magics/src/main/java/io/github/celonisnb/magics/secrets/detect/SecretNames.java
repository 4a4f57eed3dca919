package io.github.celonisnb.magics.secrets.detect;

import java.util.Set;

/**
 * Decides whether a variable, key or field name says that its value is a secret: {@code password},
 * {@code api_token}, {@code apiToken}, {@code CELONIS_API_TOKEN}, {@code client_secret}, {@code app_key}, ...
 * Names are compared in lowercase with '_', '-' and '.' removed, by their ending.
 */
final class SecretNames {

    /** What a name promises about its value; the two classes accept different values. */
    enum NameClass {
        /** Passwords: short values count too ({@code my_password = "bar"}). */
        PASSWORD,
        /** Tokens, keys and secrets: values must look like a credential. */
        TOKEN,
        /** Not a secret name. */
        NONE
    }

    private static final String[] PASSWORD_ENDINGS = {"password", "passwd", "passphrase", "pwd"};

    private static final String[] TOKEN_ENDINGS = {
        "token", "secret", "apikey", "appkey", "accesskey", "secretkey", "privatekey", "authkey", "masterkey",
        "signingkey", "encryptionkey", "sessionkey", "clientkey",
    };

    /** Names ending in "token" whose values are vocabulary entries or page cursors, not credentials. */
    private static final Set<String> NOT_SECRET = Set.of(
            "eostoken", "bostoken", "padtoken", "unktoken", "septoken", "clstoken", "masktoken", "starttoken",
            "endtoken", "nexttoken", "nextpagetoken", "pagetoken", "continuationtoken", "prevtoken",
            "previoustoken", "lasttoken", "firsttoken", "newtoken");

    /** Longest name we consider; longer identifier runs are code or data, not a name. */
    static final int MAX_NAME = 64;

    private SecretNames() {
    }

    /** Classifies {@code text[start, end)} as a name. */
    static NameClass classify(CharSequence text, int start, int end) {
        if (end - start > MAX_NAME || end <= start) {
            return NameClass.NONE;
        }
        if (!mayEndNameAt(text, end)) {
            return NameClass.NONE;
        }
        int segmentStart = start;
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '.') {
                segmentStart = i + 1;
                break;
            }
        }
        StringBuilder normal = new StringBuilder(end - segmentStart);
        for (int i = segmentStart; i < end; i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '-') {
                normal.append(Character.toLowerCase(c));
            }
        }
        String name = normal.toString();
        if (NOT_SECRET.contains(name)) {
            return NameClass.NONE;
        }
        for (String ending : PASSWORD_ENDINGS) {
            if (name.endsWith(ending)) {
                return NameClass.PASSWORD;
            }
        }
        // "pass" alone or after a separator (db_pass, DB-PASS), but not bypass or compass.
        if (name.endsWith("pass")) {
            int before = end - 5;
            if (end - segmentStart == 4 || (before >= segmentStart
                    && (text.charAt(before) == '_' || text.charAt(before) == '-'))) {
                return NameClass.PASSWORD;
            }
        }
        for (String ending : TOKEN_ENDINGS) {
            if (name.endsWith(ending)) {
                return NameClass.TOKEN;
            }
        }
        return NameClass.NONE;
    }

    /**
     * Whether a name ending before {@code end} can be a secret name, from its last two letters alone (separators
     * between them left out, either case): every ending gives one of rd, wd (password, passwd, pwd), se
     * (passphrase), ss (pass), en (token), et (secret) or ey (every *key). Most names (id, name, status, value)
     * and most characters before an operator fail here, before a name is read or normalized. No character beyond
     * ASCII lower-cases to any of these letters, so ASCII case folding is exact.
     */
    static boolean mayEndNameAt(CharSequence text, int end) {
        if (end < 2) {
            return false;
        }
        char last = text.charAt(end - 1);
        int i = end - 2;
        while (i >= 0 && (text.charAt(i) == '_' || text.charAt(i) == '-')) {
            i--;
        }
        if (i < 0 || last >= 128) {
            return false;
        }
        char before = text.charAt(i);
        if (before >= 128) {
            return false;
        }
        // OR 0x20 lower-cases ASCII letters and turns no other character into a letter.
        return switch (last | 0x20) {
            case 'd' -> (before | 0x20) == 'r' || (before | 0x20) == 'w';
            case 'e', 's' -> (before | 0x20) == 's';
            case 'n', 't', 'y' -> (before | 0x20) == 'e';
            default -> false;
        };
    }

    static NameClass classify(String name) {
        return classify(name, 0, name.length());
    }

    /** Whether the name is an HTTP authorization header name. */
    static boolean isAuthorizationHeader(String name) {
        return name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("proxy-authorization");
    }

    /**
     * Whether {@code value} is plausible for a name of the given class. {@code quoted} says whether it was written as a
     * string literal (anything counts) or bare (it must look random: letters and digits, 8 or more characters).
     */
    static boolean acceptsValue(NameClass nameClass, CharSequence value, boolean quoted) {
        int length = value.length();
        if (length == 0 || containsLineBreak(value)) {
            return false;
        }
        boolean shaped;
        if (!quoted) {
            // An unquoted word of letters only is as likely a variable (password = user_input) as a secret,
            // so it needs a digit too; a password of digits only is no variable and counts.
            int minimum = nameClass == NameClass.PASSWORD ? 8 : 12;
            shaped = length >= minimum
                    && (hasLetterAndDigit(value) || (nameClass == NameClass.PASSWORD && isDigits(value)));
        } else {
            shaped = switch (nameClass) {
                case PASSWORD -> value.codePoints().count() >= 3;
                case TOKEN -> length >= 8 && !containsBlank(value);
                case NONE -> false;
            };
        }
        // The stand-in test last: it is the costly one, and most values fail the shape first.
        return shaped && !Placeholders.isPlaceholder(value);
    }

    private static boolean isDigits(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (!TextCursor.isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsLineBreak(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n' || value.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBlank(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterAndDigit(CharSequence value) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            letter |= TextCursor.isAsciiLetter(c);
            digit |= TextCursor.isAsciiDigit(c);
        }
        return letter && digit;
    }
}
