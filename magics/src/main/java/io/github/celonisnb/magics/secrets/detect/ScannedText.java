package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;

/**
 * One text as the scanner's detectors share it: the text, where each ASCII character first occurs in it, and its
 * colons, each found once for all detectors. Several detectors begin by searching for the same characters (a
 * {@code K}, a {@code k}, an {@code _}, a {@code b}, quotes), and in text without them every such search is a pass
 * over the whole text: in a table of printed rows, about a third of the scan went to searches another detector had
 * already made. The registry's search for registered values shares it too. Not thread-safe: one scan of one text
 * uses it.
 */
public final class ScannedText {

    private static final int NOT_SEARCHED = -2;

    private final String text;
    /** For each ASCII character, the index of its first occurrence, -1 when there is none, or NOT_SEARCHED. */
    private final int[] firstAscii = new int[128];
    private ColonPositions colons;

    /** A text to scan, nothing searched in it yet. */
    public ScannedText(String text) {
        this.text = text;
        Arrays.fill(firstAscii, NOT_SEARCHED);
    }

    /** The text itself. */
    public String text() {
        return text;
    }

    /**
     * {@code text().indexOf(c, from)}, answered without a search when {@code c} is not in the text at all or first
     * occurs at or after {@code from}.
     */
    public int indexOf(char c, int from) {
        if (c >= firstAscii.length) {
            return text.indexOf(c, from);
        }
        int first = firstAscii[c];
        if (first == NOT_SEARCHED) {
            first = text.indexOf(c);
            firstAscii[c] = first;
        }
        return first < 0 || first >= from ? first : text.indexOf(c, from);
    }

    /** Whether the text holds {@code c}. */
    boolean contains(char c) {
        return indexOf(c, 0) >= 0;
    }

    /**
     * Whether the text lacks {@code first} or any of {@code others}, found with the fewest new searches: characters
     * already searched for are looked at first, since one that is absent answers at once (the last letters that a
     * Slack webhook or a fine-grained GitHub token need are often what another detector found missing).
     */
    boolean lacksAny(char first, char[] others) {
        if (isKnownAbsent(first)) {
            return true;
        }
        for (char c : others) {
            if (isKnownAbsent(c)) {
                return true;
            }
        }
        if (!contains(first)) {
            return true;
        }
        for (char c : others) {
            if (!contains(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isKnownAbsent(char c) {
        return c < firstAscii.length && firstAscii[c] == -1;
    }

    /**
     * Whether an earlier search already showed that the text lacks one of {@code chars}, with no new search: a literal
     * holding such a character cannot occur, and looking for it would cost a pass over the text.
     */
    public boolean isKnownToLackAny(char[] chars) {
        for (char c : chars) {
            if (isKnownAbsent(c)) {
                return true;
            }
        }
        return false;
    }

    /** The colons the detectors that start from one look at; see {@link ColonPositions}. */
    ColonPositions colons() {
        if (colons == null) {
            colons = ColonPositions.of(text);
        }
        return colons;
    }
}
