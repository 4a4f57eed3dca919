package io.github.celonisnb.magics.secrets.detect;

import java.text.Normalizer;
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

    /**
     * Classifies {@code text[start, end)} as a name. Endings are compared on the text itself, backwards, without a
     * normalized copy: most names that pass {@link #mayEndNameAt} (loss, status, user_name) fail at their third letter
     * from the end, and only a name ending in "token" is copied, to be looked up among the vocabulary names.
     */
    static NameClass classify(CharSequence text, int start, int end) {
        if (end - start > MAX_NAME || end <= start) {
            return NameClass.NONE;
        }
        if (!mayEndNameAt(text, end)) {
            return NameClass.NONE;
        }
        String compatible = compatibilityForm(text, start, end);
        if (compatible != null) {
            return classify(compatible, 0, compatible.length());
        }
        // Trailing separators left out, so that the "pass" rule below sees the name's letters.
        int nameEnd = letterBefore(text, end) + 1;
        int segmentStart = start;
        for (int i = nameEnd - 1; i >= start; i--) {
            if (text.charAt(i) == '.') {
                segmentStart = i + 1;
                break;
            }
        }
        for (String ending : PASSWORD_ENDINGS) {
            if (endsWithNormalized(text, segmentStart, nameEnd, ending)) {
                return NameClass.PASSWORD;
            }
        }
        // "pass" alone or after a separator (db_pass, DB-PASS), but not bypass or compass.
        if (endsWithNormalized(text, segmentStart, nameEnd, "pass")) {
            int before = nameEnd - 5;
            if (nameEnd - segmentStart == 4 || (before >= segmentStart
                    && (text.charAt(before) == '_' || text.charAt(before) == '-'))) {
                return NameClass.PASSWORD;
            }
        }
        for (String ending : TOKEN_ENDINGS) {
            if (endsWithNormalized(text, segmentStart, nameEnd, ending)) {
                return ending.equals("token") && NOT_SECRET.contains(normalized(text, segmentStart, nameEnd))
                        ? NameClass.NONE : NameClass.TOKEN;
            }
        }
        return NameClass.NONE;
    }

    /**
     * The name in Unicode's compatibility form (NFKC) when that differs from it, else null. Python reads identifiers
     * in that form, so {@code paſsword} (a long s) and {@code ｐａｓｓｗｏｒｄ} (full-width letters) are the variable
     * {@code password}; a name that looks like a secret's must count as one. Only a name with a character beyond
     * ASCII is looked at.
     */
    private static String compatibilityForm(CharSequence text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return null;
        }
        String name = text.subSequence(start, end).toString();
        int slot = name.hashCode() & (COMPATIBLE_FORMS.length - 1);
        CompatibleForm cached = COMPATIBLE_FORMS[slot];
        if (cached == null || !cached.name().equals(name)) {
            cached = new CompatibleForm(name, Normalizer.normalize(name, Normalizer.Form.NFKC));
            COMPATIBLE_FORMS[slot] = cached;
        }
        return cached.form().equals(name) ? null : cached.form();
    }

    private record CompatibleForm(String name, String form) {
    }

    /**
     * The compatibility forms of the names seen last, one per slot by hash: printed output repeats its names, and
     * normalising each again was most of the cost of a text full of them. Entries are immutable, so threads that race
     * for a slot only lose a normalisation.
     */
    private static final CompatibleForm[] COMPATIBLE_FORMS = new CompatibleForm[256];

    /** For each character beyond ASCII: 0 not yet known, 1 it stands for word characters, 2 it does not. */
    private static final byte[] STANDS_FOR_WORD_CHARS = new byte[Character.MAX_VALUE + 1];

    /**
     * Whether a character beyond ASCII is, in Unicode's compatibility form, one or more ASCII letters, digits or
     * '_' ({@code ſ} is {@code s}, {@code ＿} is {@code _}, {@code ﬁ} is {@code fi}), so that Python takes it for them
     * in an identifier. Known once per character: a racing thread at worst works the same answer out again.
     */
    static boolean standsForWordChars(char c) {
        byte known = STANDS_FOR_WORD_CHARS[c];
        if (known == 0) {
            known = compatibleWithWordChars(String.valueOf(c)) ? (byte) 1 : (byte) 2;
            STANDS_FOR_WORD_CHARS[c] = known;
        }
        return known == 1;
    }

    /** The same for the Supplementary Multilingual Plane (mathematical letters, enclosed letters), U+10000 on. */
    private static final byte[] SUPPLEMENTARY_STANDS_FOR_WORD_CHARS = new byte[0x10000];

    /**
     * {@link #standsForWordChars(char)} for a code point beyond the Basic Multilingual Plane. Only the first
     * supplementary plane holds letters that stand for ASCII ones (a text of mathematical letters was costing a
     * normalisation per letter); the planes after it hold ideographs.
     */
    static boolean standsForWordChars(int codePoint) {
        if (codePoint < 0x10000 || codePoint >= 0x20000) {
            return codePoint < 0x10000 && standsForWordChars((char) codePoint);
        }
        int slot = codePoint - 0x10000;
        byte known = SUPPLEMENTARY_STANDS_FOR_WORD_CHARS[slot];
        if (known == 0) {
            known = compatibleWithWordChars(Character.toString(codePoint)) ? (byte) 1 : (byte) 2;
            SUPPLEMENTARY_STANDS_FOR_WORD_CHARS[slot] = known;
        }
        return known == 1;
    }

    private static boolean compatibleWithWordChars(String character) {
        String compatible = Normalizer.normalize(character, Normalizer.Form.NFKC);
        return !compatible.isEmpty()
                && compatible.chars().allMatch(ch -> ch < 128 && TextCursor.isWordChar((char) ch));
    }

    /**
     * Whether {@code text[start, end)}, lower-cased with '_' and '-' left out, ends with {@code ending}: each
     * character is lower-cased as {@link #normalized} does it, so the answer is that of {@code normalized(...)
     * .endsWith(ending)}.
     */
    private static boolean endsWithNormalized(CharSequence text, int start, int end, String ending) {
        int k = ending.length() - 1;
        for (int i = end - 1; i >= start && k >= 0; i--) {
            char c = text.charAt(i);
            if (c == '_' || c == '-') {
                continue;
            }
            if (Character.toLowerCase(c) != ending.charAt(k)) {
                return false;
            }
            k--;
        }
        return k < 0;
    }

    /** The name lower-cased with '_' and '-' left out, as the vocabulary names are written. */
    private static String normalized(CharSequence text, int start, int end) {
        StringBuilder normal = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '-') {
                normal.append(Character.toLowerCase(c));
            }
        }
        return normal.toString();
    }

    /**
     * Whether a name ending before {@code end} can be a secret name, from its last three letters alone (separators
     * between them left out, either case): every ending gives one of ord, swd, pwd (password, passwd, pwd), ase
     * (passphrase), ass (pass), ken (token), ret (secret) or key (every *key). Most names (id, name, loss, status,
     * value) and most characters before an operator fail here, before a name is read or normalized.
     */
    static boolean mayEndNameAt(CharSequence text, int end) {
        // Separators at the end count as little as inside: pass_ (Python's way around a keyword) is a password name.
        int i = letterBefore(text, end);
        if (i < 2) {
            return false;
        }
        // The last letter first: it alone rules out most names, and the two before it are read only when it fits.
        if (text.charAt(i) >= 128) {
            // Beyond ASCII the compatibility form decides (see classify): such a letter may stand for any.
            return true;
        }
        char last = lowerCased(text.charAt(i));
        if (last != 'd' && last != 'e' && last != 's' && last != 'n' && last != 't' && last != 'y') {
            return false;
        }
        i = letterBefore(text, i);
        if (i < 0) {
            return false;
        }
        char middle = text.charAt(i);
        i = letterBefore(text, i);
        if (i < 0) {
            return false;
        }
        char first = text.charAt(i);
        if (middle >= 128 || first >= 128) {
            return true;
        }
        middle = lowerCased(middle);
        first = lowerCased(first);
        return switch (last) {
            case 'd' -> (first == 'o' && middle == 'r') || ((first == 's' || first == 'p') && middle == 'w');
            case 'e' -> first == 'a' && middle == 's';
            case 's' -> first == 'a' && middle == 's';
            case 'n' -> first == 'k' && middle == 'e';
            case 't' -> first == 'r' && middle == 'e';
            default -> first == 'k' && middle == 'e';
        };
    }

    /** The index of the last character before {@code i} that is not '_' or '-' (-1 when there is none). */
    private static int letterBefore(CharSequence text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == '_' || text.charAt(j) == '-')) {
            j--;
        }
        return j;
    }

    /** An ASCII character lower-cased as {@link #normalized} does it; the gate leaves other characters to classify. */
    private static char lowerCased(char c) {
        return (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : c;
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
