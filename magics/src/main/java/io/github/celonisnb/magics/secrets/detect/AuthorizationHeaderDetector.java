package io.github.celonisnb.magics.secrets.detect;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the credential in HTTP authorization headers: {@code Authorization: AppKey <key>}, {@code Bearer <token>},
 * {@code Basic <base64 of user:password>} and any other scheme, case-insensitively, in headers, Python dicts
 * ({@code {'Authorization': 'AppKey ...'}}), JSON, and pretty-printed reprs where {@code 'AppKey '} and the key sit in
 * separate string literals or list elements. Only the credential is reported, so the redacted text still says which
 * header it was.
 *
 * <p>Heuristic: after the word {@code authorization}, an optional closing quote, a ':', '=' or ',' and an optional
 * opening quote, read an optional scheme word and a token of base64, base64url or JWT characters; it needs 8 or more
 * characters with a digit, or 24 or more. Without the header name, {@code AppKey} and {@code Bearer} need a token of
 * 16 or more characters with letters and digits, and {@code Basic} a token that decodes to printable
 * {@code user:password}. Between the scheme and the token we step over blanks, line breaks, quotes, commas, '+',
 * brackets and ANSI colour codes (at most 80 characters, enough for pprint's indentation).
 *
 * <p>False positives: prose such as "Bearer tokens like abc123def456ghi789 expire" (a 16-character word with digits
 * after "Bearer"); template text like {@code Bearer {token}} or {@code AppKey $KEY} is not reported.
 */
public final class AuthorizationHeaderDetector implements SecretDetector {

    /** The kind reported for a header credential. */
    public static final String KIND = "authorization-header";

    private static final int MAX_TOKEN = 8192;
    private static final int MAX_SEPARATOR = 80;

    private static final KeywordPrefilter KEYWORDS = new KeywordPrefilter("authorization", "appkey", "bearer", "basic");

    @Override
    public String kind() {
        return KIND;
    }

    /** A finding needs the header's name or one of the schemes it looks after. */
    @Override
    public boolean mayOccurIn(String text) {
        return KEYWORDS.anyIn(text);
    }

    @Override
    public boolean mayOccurIn(ScannedText text) {
        return KEYWORDS.anyIn(text);
    }

    @Override
    public void detect(String text, List<Finding> out) {
        findAfterHeaderName(text, out);
        findAfterScheme(text, "appkey", out);
        findAfterScheme(text, "bearer", out);
        findAfterScheme(text, "basic", out);
    }

    /**
     * Reports the credential in {@code value} when it is the value of a field named like an authorization header;
     * used for JSON members such as {@code "Authorization": "AppKey ..."}.
     */
    static void detectHeaderValue(String value, List<Finding> out) {
        int start = TextCursor.skipBlanksAndAnsi(value, 0);
        reportCredential(value, start, out);
    }

    private static void findAfterHeaderName(String text, List<Finding> out) {
        TextCursor.WordSearch search = new TextCursor.WordSearch(text, "authorization");
        int from = 0;
        int at;
        while ((at = search.next(from)) >= 0) {
            from = at + 13;
            if (TextCursor.continuesBefore(text, at)) {
                continue;
            }
            int i = skipQuote(text, from);
            i = TextCursor.skipBlanksAndAnsi(text, i);
            if (i >= text.length()) {
                return;
            }
            char op = text.charAt(i);
            if (op != ':' && op != '=' && op != ',') {
                continue;
            }
            i++;
            if (op == '=' && i < text.length() && text.charAt(i) == '>') {
                i++;
            }
            i = TextCursor.skipBlanksAndAnsi(text, i);
            while (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '[')) {
                i = TextCursor.skipBlanksAndAnsi(text, i + 1);
            }
            i = skipStringPrefix(text, i);
            i = skipQuote(text, i);
            i = TextCursor.skipBlanksAndAnsi(text, i);
            reportCredential(text, i, out);
        }
    }

    /** Reads {@code [scheme separator] token} at {@code i} and reports the token when it looks like a credential. */
    private static void reportCredential(String text, int i, List<Finding> out) {
        int tokenEnd = tokenEnd(text, i);
        if (tokenEnd == i) {
            return;
        }
        String scheme = null;
        if (isLetters(text, i, tokenEnd) && tokenEnd - i <= 20) {
            int next = separatorEnd(text, tokenEnd);
            if (next > tokenEnd) {
                int secondEnd = tokenEnd(text, next);
                if (secondEnd > next) {
                    scheme = text.substring(i, tokenEnd);
                    i = next;
                    tokenEnd = secondEnd;
                }
            }
        }
        int length = tokenEnd - i;
        boolean plausible = (length >= 8 && hasDigit(text, i, tokenEnd)) || length >= 24
                || ("basic".equalsIgnoreCase(scheme) && decodesToUserPassword(text, i, tokenEnd));
        if (plausible && !Placeholders.isPlaceholder(text.substring(i, tokenEnd))) {
            out.add(new Finding(i, tokenEnd, KIND));
        }
    }

    private static void findAfterScheme(String text, String scheme, List<Finding> out) {
        TextCursor.WordSearch search = new TextCursor.WordSearch(text, scheme);
        int from = 0;
        int at;
        while ((at = search.next(from)) >= 0) {
            from = at + scheme.length();
            if (!TextCursor.isWholeWord(text, at, from)) {
                continue;
            }
            int start = separatorEnd(text, from);
            if (start == from) {
                continue;
            }
            int end = tokenEnd(text, start);
            if (end == start) {
                continue;
            }
            boolean plausible = scheme.equals("basic")
                    ? end - start >= 8 && decodesToUserPassword(text, start, end)
                    : end - start >= 16 && hasDigit(text, start, end) && hasLetter(text, start, end);
            if (plausible && !Placeholders.isPlaceholder(text.substring(start, end))) {
                out.add(new Finding(start, end, KIND));
                from = end;
            }
        }
    }

    static boolean isTokenChar(char c) {
        return TextCursor.isAsciiAlphanumeric(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '.'
                || c == '~' || c == '-';
    }

    static int tokenEnd(CharSequence text, int i) {
        int limit = Math.min(text.length(), i + MAX_TOKEN);
        int j = i;
        while (j < limit && isTokenChar(text.charAt(j))) {
            j++;
        }
        // A token does not end in a sentence's full stop.
        while (j > i && text.charAt(j - 1) == '.') {
            j--;
        }
        return j;
    }

    /**
     * End of the gap between a scheme word and its token, or {@code i} when there is none: blanks, line breaks,
     * quotes, commas, '+', brackets, backslashes and escape codes, with at least one blank, line break or quote.
     */
    private static int separatorEnd(CharSequence text, int i) {
        int limit = Math.min(text.length(), i + MAX_SEPARATOR);
        int j = i;
        boolean sawGap = false;
        while (j < limit) {
            char c = text.charAt(j);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || TextCursor.isQuote(c)) {
                sawGap = true;
                j++;
            } else if (c == ',' || c == '+' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\\') {
                j++;
            } else if (TextCursor.beginsEscapeCode(c)) {
                int k = TextCursor.ansiEnd(text, j);
                if (k == j) {
                    break;
                }
                j = k;
            } else {
                break;
            }
        }
        return sawGap ? j : i;
    }

    /** Steps over one quote, optionally escaped with a backslash as in JSON text inside a string. */
    static int skipQuote(CharSequence text, int i) {
        if (i < text.length() && text.charAt(i) == '\\' && i + 1 < text.length()
                && TextCursor.isQuote(text.charAt(i + 1))) {
            return i + 2;
        }
        if (i < text.length() && TextCursor.isQuote(text.charAt(i))) {
            return i + 1;
        }
        return i;
    }

    /** Steps over a Python string prefix ({@code f"}, {@code b'}, {@code rb"}) when a quote follows it. */
    static int skipStringPrefix(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && j - i < 2 && "fFbBrRuU".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j > i && j < text.length() && TextCursor.isQuote(text.charAt(j)) ? j : i;
    }

    private static boolean isLetters(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TextCursor.isAsciiLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (TextCursor.isAsciiDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (TextCursor.isAsciiLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether base64 text decodes to printable ASCII of the form {@code user:password}. */
    static boolean decodesToUserPassword(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == '=' && to - end < 2) {
            end--;
        }
        byte[] bytes = Base64Alphabet.decode(text, from, end);
        if (bytes == null || bytes.length < 3) {
            return false;
        }
        String decoded = new String(bytes, StandardCharsets.ISO_8859_1);
        int colon = decoded.indexOf(':');
        if (colon < 1 || colon == decoded.length() - 1) {
            return false;
        }
        return decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
