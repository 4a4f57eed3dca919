package io.github.celonisnb.magics.credentials;

import java.util.regex.Pattern;

/** Writes a file name as one word of a POSIX shell command, so that a suggested command can be pasted as is. */
final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellWords() {
    }

    /** The word unchanged when it needs no quoting, else in single quotes. */
    static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
