package io.github.celonisnb.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a magic's argument text the way a POSIX shell splits words, which is what users type:
 * whitespace separates arguments; {@code '...'} keeps everything literally; {@code "..."} keeps
 * whitespace and takes {@code \"} and {@code \\} as escapes; a backslash outside quotes escapes the
 * next character; {@code ""} is an empty argument.
 */
final class MagicArgumentSplitter {

    private MagicArgumentSplitter() {
    }

    /**
     * The arguments of {@code text}.
     *
     * @throws IllegalArgumentException for an unclosed quote, saying which
     */
    static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    args.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("The magic's arguments have a ' that is never closed.");
                }
                current.append(text, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                        current.append(text.charAt(i + 1));
                        i += 2;
                    } else {
                        current.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("The magic's arguments have a \" that is never closed.");
                }
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                current.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            args.add(current.toString());
        }
        return args;
    }
}
