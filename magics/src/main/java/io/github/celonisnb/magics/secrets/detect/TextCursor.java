package io.github.celonisnb.magics.secrets.detect;

/**
 * Small, bounded moves over text shared by the detectors: skipping blanks and ANSI colour codes (IPython tracebacks
 * wrap every token in them), quotes, and identifier characters. Every move stops after a fixed number of characters,
 * which keeps the detectors linear in the text.
 */
final class TextCursor {

    /** Longest run of blanks and colour codes we step over between two tokens. */
    static final int MAX_GAP = 64;

    private TextCursor() {
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    /** Letters, digits and '_': what continues a word on either side of a keyword. */
    static boolean isWordChar(char c) {
        return isAsciiAlphanumeric(c) || c == '_';
    }

    /** Index of the first character at or after {@code i} that is neither a blank nor part of an ANSI CSI code. */
    static int skipBlanksAndAnsi(CharSequence text, int i) {
        int limit = Math.min(text.length(), i + MAX_GAP);
        while (i < limit) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                i++;
            } else if (c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < limit && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == ';')) {
                    j++;
                }
                if (j < text.length() && isAsciiLetter(text.charAt(j))) {
                    i = j + 1;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * Index just after the last character, going backwards from {@code i - 1}, that is neither a blank nor part of an
     * ANSI CSI code; that is, the exclusive end of the previous token.
     */
    static int skipBlanksAndAnsiBackward(CharSequence text, int i) {
        int limit = Math.max(0, i - MAX_GAP);
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (isBlank(c)) {
                i--;
            } else if (isAsciiLetter(c)) {
                int j = i - 2;
                while (j >= limit && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == ';')) {
                    j--;
                }
                if (j >= 1 && text.charAt(j) == '[' && text.charAt(j - 1) == '\u001b') {
                    i = j - 1;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * Whether {@code text} ends just before {@code i} with a whole ANSI CSI sequence ({@code ESC [ digits ;
     * letter}), such as the colour code printed right before a coloured token.
     */
    static boolean endsWithAnsiCode(CharSequence text, int i) {
        if (i < 3 || !isAsciiLetter(text.charAt(i - 1))) {
            return false;
        }
        int limit = Math.max(0, i - MAX_GAP);
        int j = i - 2;
        while (j >= limit && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == ';')) {
            j--;
        }
        return j >= 1 && text.charAt(j) == '[' && text.charAt(j - 1) == '\u001b';
    }

    /** End of the ANSI CSI sequence ({@code ESC [ digits ; letter}) starting at {@code i}, or {@code i}. */
    static int ansiEnd(CharSequence text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '\u001b' || text.charAt(i + 1) != '[') {
            return i;
        }
        int limit = Math.min(text.length(), i + MAX_GAP);
        int j = i + 2;
        while (j < limit && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == ';')) {
            j++;
        }
        return j < text.length() && isAsciiLetter(text.charAt(j)) ? j + 1 : i;
    }

    /**
     * Case-insensitive search for an ASCII lowercase word, one occurrence after another. Candidates are found with
     * {@link String#indexOf(int, int)} for the first letter in both cases, and the position of the case not taken is
     * remembered, so a whole text costs two fast scans however many candidates it has.
     */
    static final class WordSearch {
        private final String text;
        private final String word;
        private final char lower;
        private final char upper;
        private int nextLower = -2;
        private int nextUpper = -2;

        WordSearch(String text, String word) {
            this.text = text;
            this.word = word;
            this.lower = word.charAt(0);
            this.upper = Character.toUpperCase(lower);
        }

        /** The next occurrence at or after {@code from}, or -1. */
        int next(int from) {
            int last = text.length() - word.length();
            int i = Math.max(0, from);
            while (i <= last) {
                if (nextLower != -1 && nextLower < i) {
                    nextLower = text.indexOf(lower, i);
                }
                if (nextUpper != -1 && nextUpper < i) {
                    nextUpper = text.indexOf(upper, i);
                }
                int at = nextLower < 0 ? nextUpper : nextUpper < 0 ? nextLower : Math.min(nextLower, nextUpper);
                if (at < 0 || at > last) {
                    return -1;
                }
                if (text.regionMatches(true, at + 1, word, 1, word.length() - 1)) {
                    return at;
                }
                i = at + 1;
            }
            return -1;
        }
    }

    /** Whether the word at {@code [start, end)} has no word character directly before or after it. */
    static boolean isWholeWord(CharSequence text, int start, int end) {
        return !continuesBefore(text, start) && (end >= text.length() || !isWordChar(text.charAt(end)));
    }

    /**
     * Whether the character before {@code start} continues a word; the final letter of a colour code
     * ({@code ESC[1m}) does not.
     */
    static boolean continuesBefore(CharSequence text, int start) {
        if (start == 0 || !isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return skipBlanksAndAnsiBackward(text, start) == start;
    }
}
