package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How rare a character is in printed output, for choosing the one character a search looks for: the rarer it is, the
 * less often ordinary text stops the search where nothing is. One order for every search that picks such a character.
 */
public final class CharacterRarity {

    /**
     * From the most to the least common: blanks, digits, the punctuation of numbers, JSON, code and URLs, lower-case
     * letters by their frequency in English, then capitals. A character not listed counts as rarer than all of them.
     */
    private static final String COMMON_FIRST = " \t\n0123456789\"',:.-_/=&%?{}[]()etaoinsrhldcumfpgwybvkxjqz"
            + "ETAOINSRHLDCUMFPGWYBVKXJQZ";

    private CharacterRarity() {
    }

    /** Higher for rarer characters; every character not listed gets the highest. */
    public static int rank(char c) {
        int at = COMMON_FIRST.indexOf(c);
        return at < 0 ? COMMON_FIRST.length() : at;
    }

    /** The index of the rarest character of {@code text}, the first of several equally rare. */
    public static int rarestIndex(String text) {
        int best = 0;
        int bestRank = Integer.MIN_VALUE;
        for (int i = 0; i < text.length(); i++) {
            int rank = rank(text.charAt(i));
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * The distinct characters of {@code text}, rarest first; equally rare ones in the order they first occur. A search
     * that may rule a literal out by one of them being missing from a text tries the likeliest first.
     */
    public static char[] distinctRarestFirst(String text) {
        Character[] distinct = text.chars().distinct().mapToObj(c -> (char) c).toArray(Character[]::new);
        // Stable: equally rare characters keep the order of their first occurrence.
        Arrays.sort(distinct, Comparator.comparingInt((Character c) -> rank(c)).reversed());
        char[] out = new char[distinct.length];
        for (int k = 0; k < distinct.length; k++) {
            out[k] = distinct[k];
        }
        return out;
    }
}
