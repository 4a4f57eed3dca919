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

    /** Index of the first character at or after {@code i} that is neither a blank nor part of an ANSI escape code. */
    static int skipBlanksAndAnsi(CharSequence text, int i) {
        int limit = Math.min(text.length(), i + MAX_GAP);
        while (i < limit) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                i++;
                continue;
            }
            int end = ansiEnd(text, i);
            if (end == i) {
                return i;
            }
            i = end;
        }
        return i;
    }

    /**
     * Index just after the last character, going backwards from {@code i - 1}, that is neither a blank nor part of an
     * ANSI escape code; that is, the exclusive end of the previous token.
     */
    static int skipBlanksAndAnsiBackward(CharSequence text, int i) {
        int limit = Math.max(0, i - MAX_GAP);
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (isBlank(c)) {
                i--;
                continue;
            }
            int start = ansiStart(text, i);
            if (start == i) {
                return i;
            }
            i = start;
        }
        return i;
    }

    /**
     * Whether {@code text} ends just before {@code i} with a whole ANSI escape code, such as the colour code printed
     * right before a coloured token or the {@code ESC ( B} that {@code tput sgr0} prints.
     */
    static boolean endsWithAnsiCode(CharSequence text, int i) {
        return ansiStart(text, i) < i;
    }

    private static final char ESC = '\u001b';
    /** The one-character form of {@code ESC [}, which some programs print. */
    private static final char CSI = '\u009b';
    /** The one-character form of {@code ESC \}, which ends a string such as a hyperlink's. */
    private static final char ST = '\u009c';
    private static final char BEL = '\u0007';
    /** Longest string code read ({@code ESC ] 8 ; ; <url> ESC \}, a terminal hyperlink, is one). */
    static final int MAX_STRING_CODE = 2048;

    /**
     * Whether the character before {@code end} ends an escape code whose last character is no letter: {@code ESC 7},
     * {@code ESC ) 0}, {@code ESC =}. Only such a code can end in a digit or an operator; the test is a read or two
     * where no escape character stands right before, as before most operators.
     */
    static boolean endsWithShortEscape(CharSequence text, int end) {
        if (end < 2 || end > text.length()) {
            return false;
        }
        char before = text.charAt(end - 2);
        // ESC and a final character, or ESC, intermediates (one or two, in the codes programs print) and a final one.
        boolean mayBe = before == ESC || (isIntermediate(before) && end >= 3
                && (text.charAt(end - 3) == ESC || (isIntermediate(text.charAt(end - 3)) && end >= 4
                && text.charAt(end - 4) == ESC)));
        return mayBe && ansiStart(text, end) < end;
    }

    /** Whether {@code c} begins an escape code: the escape character or a one-character introducer. */
    static boolean beginsEscapeCode(char c) {
        return c == ESC || (c >= '\u0090' && c <= '\u009f');
    }

    /**
     * End of the ANSI escape code starting at {@code i}, or {@code i} when none starts there. The forms a terminal
     * program prints between tokens (ECMA-48): a control sequence, {@code ESC [} or {@code CSI}, then parameters
     * ({@code 0x30-0x3F}: digits, {@code ;}, {@code ?}), intermediates ({@code 0x20-0x2F}) and a final character
     * ({@code 0x40-0x7E}), as colours and {@code ESC[?25h} are; {@code ESC}, intermediates and a final character
     * ({@code 0x30-0x7E}), as the character set designation {@code ESC ( B}; and {@code ESC} with one final character,
     * as {@code ESC 7} and {@code ESC 8}; and a string, {@code ESC ]} (or {@code ESC P}, {@code X}, {@code ^},
     * {@code _}, or their one-character forms) up to {@code BEL} or {@code ESC \}, as a terminal hyperlink
     * ({@code ESC ] 8 ; ; <url> ESC \}) is.
     */
    static int ansiEnd(CharSequence text, int i) {
        int n = text.length();
        if (i >= n) {
            return i;
        }
        int stringEnd = stringCodeEnd(text, i);
        if (stringEnd > i) {
            return stringEnd;
        }
        int limit = Math.min(n, i + MAX_GAP);
        int j;
        if (text.charAt(i) == CSI) {
            j = i + 1;
        } else if (text.charAt(i) == ESC && i + 1 < n && text.charAt(i + 1) == '[') {
            j = i + 2;
        } else if (text.charAt(i) == ESC) {
            j = i + 1;
            while (j < limit && isIntermediate(text.charAt(j))) {
                j++;
            }
            if (j >= n) {
                return i;
            }
            char last = text.charAt(j);
            boolean introducesString = j == i + 1 && STRING_INTRODUCERS.indexOf(last) >= 0;
            return last >= 0x30 && last <= 0x7e && !introducesString ? j + 1 : i;
        } else {
            return i;
        }
        while (j < limit && isParameter(text.charAt(j))) {
            j++;
        }
        while (j < limit && isIntermediate(text.charAt(j))) {
            j++;
        }
        return j < n && isFinal(text.charAt(j)) ? j + 1 : i;
    }

    /**
     * Start of the ANSI escape code that ends just before {@code end} (one of the forms {@link #ansiEnd} reads), or
     * {@code end} when none ends there.
     */
    static int ansiStart(CharSequence text, int end) {
        if (end < 2 || end > text.length()) {
            return end;
        }
        int stringStart = stringCodeStart(text, end);
        if (stringStart < end) {
            return stringStart;
        }
        char last = text.charAt(end - 1);
        if (last < 0x30 || last > 0x7e) {
            return end;
        }
        // Before a code's last character stands its introducer, a parameter or an intermediate; one read rules out
        // the end of almost every word.
        char before = text.charAt(end - 2);
        if (before != ESC && before != CSI && before != '[' && (before < 0x20 || before > 0x3f)) {
            return end;
        }
        int limit = Math.max(0, end - MAX_GAP);
        int j = end - 2;
        while (j >= limit && isIntermediate(text.charAt(j))) {
            j--;
        }
        int afterIntermediates = j;
        while (j >= limit && isParameter(text.charAt(j))) {
            j--;
        }
        if (j >= 0 && isFinal(last) && text.charAt(j) == CSI) {
            return j;
        }
        if (j >= 1 && isFinal(last) && text.charAt(j) == '[' && text.charAt(j - 1) == ESC) {
            return j - 1;
        }
        // ESC, intermediates and a final character, or ESC and a final character alone.
        if (afterIntermediates >= 0 && text.charAt(afterIntermediates) == ESC) {
            boolean alone = afterIntermediates == end - 2;
            if (!alone || STRING_INTRODUCERS.indexOf(last) < 0) {
                return afterIntermediates;
            }
        }
        return end;
    }

    /** Whether a string code ({@code ESC ]} and the like) begins at {@code i}: where its introducer ends, else -1. */
    private static int stringIntroducerEnd(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\u009d' || c == '\u0090' || c == '\u0098' || c == '\u009e' || c == '\u009f') {
            return i + 1;
        }
        if (c == ESC && i + 1 < text.length() && "]PX^_".indexOf(text.charAt(i + 1)) >= 0) {
            return i + 2;
        }
        return -1;
    }

    /** End of the string code starting at {@code i}, its terminator included, or {@code i}. */
    private static int stringCodeEnd(CharSequence text, int i) {
        int j = stringIntroducerEnd(text, i);
        if (j < 0) {
            return i;
        }
        int limit = Math.min(text.length(), i + MAX_STRING_CODE);
        for (; j < limit; j++) {
            char c = text.charAt(j);
            if (c == BEL || c == ST) {
                return j + 1;
            }
            if (c == ESC) {
                return j + 1 < text.length() && text.charAt(j + 1) == '\\' ? j + 2 : i;
            }
        }
        return i;
    }

    /** Start of the string code whose terminator ends just before {@code end}, or {@code end}. */
    private static int stringCodeStart(CharSequence text, int end) {
        char last = text.charAt(end - 1);
        int bodyEnd;
        if (last == BEL || last == ST) {
            bodyEnd = end - 1;
        } else if (last == '\\' && text.charAt(end - 2) == ESC) {
            bodyEnd = end - 2;
        } else {
            return end;
        }
        int limit = Math.max(0, end - MAX_STRING_CODE);
        for (int j = bodyEnd - 1; j >= limit; j--) {
            char c = text.charAt(j);
            if (c == BEL || c == ST) {
                return end;
            }
            if (stringIntroducerEnd(text, j) >= 0) {
                return stringCodeEnd(text, j) == end ? j : end;
            }
            if (c == ESC) {
                return end;
            }
        }
        return end;
    }

    /** What follows {@code ESC} to open a control sequence or a string, rather than end a code of two characters. */
    private static final String STRING_INTRODUCERS = "[]PX^_";

    private static boolean isParameter(char c) {
        return c >= 0x30 && c <= 0x3f;
    }

    private static boolean isIntermediate(char c) {
        return c >= 0x20 && c <= 0x2f;
    }

    private static boolean isFinal(char c) {
        return c >= 0x40 && c <= 0x7e;
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
