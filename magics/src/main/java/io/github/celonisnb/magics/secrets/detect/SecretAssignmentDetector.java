package io.github.celonisnb.magics.secrets.detect;

import java.util.List;
import java.util.Locale;

/**
 * Finds values assigned to names that say "secret": {@code api_token = "..."}, {@code apiToken: ...},
 * {@code CELONIS_API_TOKEN=...}, {@code 'password': 'bar'}, {@code os.environ["CELONIS_API_TOKEN"] = "..."},
 * {@code %env CELONIS_API_TOKEN=...}, {@code login(api_token="...")}, and JSON text with escaped quotes
 * ({@code \"password\": \"bar\"}). Only the value is reported.
 *
 * <p>Heuristic: at every '=', ':', ':=' or '=>' (not '==' or '::'), look back over blanks and ANSI colour codes for
 * a name of at most 64 characters, optionally quoted or written as a quoted subscript, and classify it by its ending
 * (see {@code SecretNames}). Then read the value: a quoted literal (optionally with a Python string prefix) or a bare
 * word. Password names accept quoted values of 3 or more characters; token, key and secret names need 8 or more
 * without blanks. Bare values need letters and digits and 8 (passwords) or 12 (tokens) characters, and must not be
 * followed by '(' or '[' (a call or a subscript is code, not a secret). Stand-ins such as {@code 'your_api_token'},
 * {@code <password>}, {@code ${TOKEN}} or {@code ****} are not reported. A ',' works as the operator only between a
 * quoted token name and a quoted value, as in {@code os.environ.setdefault("CELONIS_API_TOKEN", "...")}.
 *
 * <p>False positives: a literal that is not a secret under a secret-sounding name, for example
 * {@code password = "hidden"} in a tutorial, or {@code token = "hello world"} where the name means a word token.
 * The name list leaves out vocabulary names such as {@code eos_token} and {@code pad_token}.
 */
public final class SecretAssignmentDetector implements SecretDetector {

    /** The kind reported for an assigned secret. */
    public static final String KIND = "secret-assignment";

    private static final int MAX_VALUE = 4096;

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Visits the operators only, found with {@link String#indexOf(int)} (a vectorised scan) for each character,
     * and rejects most of them at the name's last letters (see {@code SecretNames.mayEndNameAt}): text without
     * secrets costs a few fast passes and a few reads per operator. A ',' counts only after a quoted name, so
     * text without quotes (CSV of numbers, tables) is not searched for commas at all. (A keyword test over the
     * whole text first cost more than this: the letters of the name endings are common.)
     */
    @Override
    public void detect(String text, List<Finding> out) {
        detect(new ScannedText(text), out);
    }

    @Override
    public void detect(ScannedText scanned, List<Finding> out) {
        String text = scanned.text();
        int n = text.length();
        OperatorSearch operators = new OperatorSearch(scanned);
        for (int i = operators.next(0); i >= 0; i = operators.next(i + 1)) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : '\0';
            if (prev == '\u001b') {
                // Not an operator but the last character of an escape code (ESC =).
                continue;
            }
            boolean prevDecides = (prev >= '0' && prev <= '9') || prev == ':' || isOperatorCharacter(prev);
            if (prevDecides && TextCursor.endsWithShortEscape(text, i)) {
                // An escape code's last character (ESC 7, ESC ) 0, ESC =) counts as a blank.
                prev = ' ';
            }
            if (prev >= '0' && prev <= '9') {
                // No secret name ends in a digit, and no colour code does (12:30, x1=2, 4,5 are no assignments).
                continue;
            }
            if (nameCannotEndBefore(text, i, prev)) {
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            int nameEnd = i;
            int valueStart = i + 1;
            boolean comma = c == ',';
            if (c == '=') {
                if (next == '=' || (prev != ':' && isOperatorCharacter(prev))) {
                    continue;
                }
                if (prev == ':') {
                    nameEnd = i - 1;
                }
                if (next == '>') {
                    valueStart = i + 2;
                }
            } else if (c == ':' && (next == '=' || next == ':' || prev == ':')) {
                continue;
            }
            // The search goes on from the next operator, also inside a value just reported: a bare "value" may be
            // the next assignment's name (pass_=db_password="..."), and the scanner merges findings that overlap.
            tryAssignment(text, nameEnd, valueStart, comma, out);
        }
    }

    /**
     * What {@link #readNameBackward} rejects at its first test, told without its walk over blanks and escape codes,
     * in the two commonest cases: a name quoted right before the operator ({@code "level":}), and a name whose last two
     * characters, right before it, are ASCII letters ({@code loss:}), which no escape code ends in. On JSON lines and
     * training logs nearly every operator is one of these, and their names fail at the last letters.
     */
    private static boolean nameCannotEndBefore(String text, int operator, char prev) {
        if (prev == '"' || prev == '\'') {
            int nameEnd = operator - 1;
            if (nameEnd > 0 && text.charAt(nameEnd - 1) == '\\') {
                nameEnd--;
            }
            return !SecretNames.mayEndNameAt(text, nameEnd);
        }
        return operator >= 2 && TextCursor.isAsciiLetter(prev) && TextCursor.isAsciiLetter(text.charAt(operator - 2))
                && !SecretNames.mayEndNameAt(text, operator);
    }

    /** Whether '=' after this character is part of another operator ({@code !=}, {@code <=}, {@code +=}, ...). */
    private static boolean isOperatorCharacter(char c) {
        return switch (c) {
            case '=', '!', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '~' -> true;
            default -> false;
        };
    }

    /** The next '=', ':' or ',' from a position on, each character's next occurrence found once. */
    private static final class OperatorSearch {
        private final ScannedText text;
        private final ColonPositions colons;
        private int equals = -2;
        /** Which of the text's colons is the next one. */
        private int colonIndex;
        /** -1 (none) from the start when the text has no comma, or no quote for a comma to follow. */
        private int comma;

        OperatorSearch(ScannedText text) {
            this.text = text;
            this.colons = text.colons();
            this.comma = text.contains(',')
                    && (text.contains('"') || text.contains('\'') || text.contains('`')) ? -2 : -1;
        }

        /** The first operator at or after {@code from}, or -1. Calls must not go backwards. */
        int next(int from) {
            equals = refresh(equals, '=', from);
            colonIndex = colons.firstAtOrAfter(from, colonIndex);
            int colon = colonIndex < colons.count() ? colons.at(colonIndex) : -1;
            comma = refresh(comma, ',', from);
            return min(min(equals, colon), comma);
        }

        private int refresh(int found, char c, int from) {
            return found == -1 || found >= from ? found : text.indexOf(c, from);
        }

        private static int min(int a, int b) {
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }
    }

    /**
     * Checks one operator: the name ending before {@code nameEnd} and the value starting at or after
     * {@code valueStart}; reports the value when they make an assignment of a secret.
     */
    private static void tryAssignment(String text, int nameEnd, int valueStart, boolean comma, List<Finding> out) {
        Name name = readNameBackward(text, nameEnd);
        if (name == null) {
            return;
        }
        SecretNames.NameClass nameClass = SecretNames.classify(text, name.start, name.end);
        if (nameClass == SecretNames.NameClass.NONE) {
            return;
        }
        if (comma && (!name.quoted || nameClass != SecretNames.NameClass.TOKEN)) {
            return;
        }
        int i = TextCursor.skipBlanksAndAnsi(text, valueStart);
        Value value = readValue(text, i);
        // A bare name right after a quote sits inside a string ("Password: "), so a quote after the operator closes
        // that string instead of opening a value.
        if (value == null || (comma && !value.quoted) || (name.insideString && value.quoted)) {
            return;
        }
        CharSequence literal = text.subSequence(value.start, value.end);
        if (!SecretNames.acceptsValue(nameClass, literal, value.quoted)) {
            return;
        }
        out.add(new Finding(value.start, value.end, KIND));
    }

    private record Name(int start, int end, boolean quoted, boolean insideString) {
    }

    private record Value(int start, int end, boolean quoted) {
    }

    /** Reads the name whose last character is before {@code end}, skipping blanks, colour codes and quotes. */
    private static Name readNameBackward(String text, int end) {
        int i = TextCursor.skipBlanksAndAnsiBackward(text, end);
        if (i == 0) {
            return null;
        }
        char last = text.charAt(i - 1);
        if (last == ']') {
            return readSubscriptName(text, i - 1);
        }
        if (TextCursor.isQuote(last)) {
            char quote = last;
            int nameEnd = i - 1;
            if (nameEnd > 0 && text.charAt(nameEnd - 1) == '\\') {
                nameEnd--;
            }
            if (!SecretNames.mayEndNameAt(text, nameEnd)) {
                return null;
            }
            int nameStart = identifierStart(text, nameEnd);
            if (nameStart < 0 || nameStart == nameEnd) {
                return null;
            }
            int open = nameStart - 1;
            if (open < 0 || text.charAt(open) != quote) {
                return null;
            }
            return new Name(nameStart, nameEnd, true, false);
        }
        if (!SecretNames.mayEndNameAt(text, i)) {
            return null;
        }
        int nameStart = identifierStart(text, i);
        if (nameStart < 0 || nameStart == i) {
            return null;
        }
        boolean insideString = nameStart > 0 && TextCursor.isQuote(text.charAt(nameStart - 1));
        return new Name(nameStart, i, false, insideString);
    }

    /** {@code environ["CELONIS_API_TOKEN"]}: the quoted key before the closing bracket at {@code close}. */
    private static Name readSubscriptName(String text, int close) {
        if (close < 2 || !TextCursor.isQuote(text.charAt(close - 1))) {
            return null;
        }
        char quote = text.charAt(close - 1);
        int nameEnd = close - 1;
        if (!SecretNames.mayEndNameAt(text, nameEnd)) {
            return null;
        }
        int nameStart = identifierStart(text, nameEnd);
        if (nameStart < 1 || nameStart == nameEnd || text.charAt(nameStart - 1) != quote) {
            return null;
        }
        if (nameStart < 2 || text.charAt(nameStart - 2) != '[') {
            return null;
        }
        return new Name(nameStart, nameEnd, true, false);
    }

    /**
     * ASCII letters, digits and '_', '-', '.', and the characters beyond ASCII that stand for them in Unicode's
     * compatibility form ({@code ſ}, full-width letters and low line): Python reads {@code ｐａｓｓ＿} as {@code pass_}.
     * Other letters (the name's neighbours in German or Japanese text) end a name, as a blank does.
     */
    private static boolean isNameChar(char c) {
        return TextCursor.isWordChar(c) || c == '-' || c == '.' || (c >= 128 && SecretNames.standsForWordChars(c));
    }

    /**
     * Start of the identifier ending before {@code end}, or -1 when it is longer than a name can be or is glued to
     * more identifier text. An escape code's last letters are not part of it ({@code ESC[1mpass} is {@code pass}).
     */
    private static int identifierStart(String text, int end) {
        int limit = Math.max(0, end - SecretNames.MAX_NAME);
        int i = end;
        int step;
        while (i > limit && (step = nameCharBefore(text, i)) > 0) {
            i -= step;
        }
        if (i > 0 && i <= limit && nameCharBefore(text, i) > 0) {
            return -1;
        }
        return i;
    }

    /**
     * How many chars the name character ending before {@code i} takes: 1, 2 for one beyond the Basic Multilingual
     * Plane (the mathematical letters {@code 𝐩𝐚𝐬𝐬}, which Python reads as {@code pass}), or 0 when no name character
     * ends there.
     */
    private static int nameCharBefore(String text, int i) {
        char c = text.charAt(i - 1);
        if (Character.isLowSurrogate(c) && i >= 2 && Character.isHighSurrogate(text.charAt(i - 2))) {
            return SecretNames.standsForWordChars(Character.toCodePoint(text.charAt(i - 2), c)) ? 2 : 0;
        }
        return isNameChar(c) && !TextCursor.endsWithAnsiCode(text, i) ? 1 : 0;
    }

    /** Reads a quoted literal or a bare word at {@code i}. */
    private static Value readValue(String text, int i) {
        int n = text.length();
        if (i >= n) {
            return null;
        }
        int j = AuthorizationHeaderDetector.skipStringPrefix(text, i);
        boolean formatted = j > i && text.substring(i, j).toLowerCase(Locale.ROOT).contains("f");
        boolean escaped = j < n && text.charAt(j) == '\\' && j + 1 < n && TextCursor.isQuote(text.charAt(j + 1));
        if (escaped) {
            j++;
        }
        if (j < n && TextCursor.isQuote(text.charAt(j))) {
            char quote = text.charAt(j);
            if (j + 2 < n && text.charAt(j + 1) == quote && text.charAt(j + 2) == quote) {
                return null;
            }
            int start = j + 1;
            int limit = Math.min(n, start + MAX_VALUE);
            int k = start;
            while (k < limit) {
                char c = text.charAt(k);
                if (c == '\n') {
                    return null;
                }
                if (escaped ? c == '\\' && k + 1 < n && text.charAt(k + 1) == quote : c == quote) {
                    break;
                }
                if (!escaped && c == '\\') {
                    k++;
                }
                k++;
            }
            if (k >= limit) {
                return null;
            }
            if (formatted && text.substring(start, k).indexOf('{') >= 0) {
                return null;
            }
            return new Value(start, k, true);
        }
        if (j != i) {
            return null;
        }
        int k = i;
        int limit = Math.min(n, i + MAX_VALUE);
        while (k < limit && isBareValueChar(text.charAt(k))) {
            k++;
        }
        // '=' only as base64 padding at the end, so "a=b=c" is three short words, not one long value.
        for (int pad = 0; pad < 2 && k < n && text.charAt(k) == '='; pad++) {
            k++;
        }
        if (k == i || (k < n && (text.charAt(k) == '(' || text.charAt(k) == '[' || text.charAt(k) == '='))) {
            return null;
        }
        while (k > i && text.charAt(k - 1) == '.') {
            k--;
        }
        return new Value(i, k, false);
    }

    private static boolean isBareValueChar(char c) {
        return TextCursor.isAsciiAlphanumeric(c) || "+/_.~-!@#%^*".indexOf(c) >= 0;
    }
}
