package io.github.celonisnb.magics.secrets.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Tells whether a text holds any of a few keywords, ignoring letter case, without making a lower-case copy of
 * the text: each keyword is looked for through its rarest letter, in every character that folds to that letter,
 * with {@link String#indexOf(int)} (a vectorised scan), and confirmed with a case-insensitive region match.
 *
 * <p>It says yes wherever {@link Character#toLowerCase(char)} applied to the text would show the keyword, so a
 * detector that matches names case-insensitively can trust a no.
 */
final class KeywordPrefilter {

    /**
     * Letters from the most to the least frequent in English; the rarest letter of a keyword has the fewest
     * false hits in ordinary output.
     */
    private static final String BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

    /** One character to search for, and the keywords it may be part of, at their offsets. */
    private record Probe(char searched, String[] keywords, int[] offsets) {
    }

    private final Probe[] probes;

    /** @param keywords lower-case ASCII words, each with at least one letter */
    KeywordPrefilter(String... keywords) {
        // One probe per searched character, so that keywords sharing a letter share its scan.
        Map<Character, List<String>> bySearched = new LinkedHashMap<>();
        for (String keyword : keywords) {
            for (char variant : foldingTo(rarestLetter(keyword))) {
                bySearched.computeIfAbsent(variant, c -> new ArrayList<>()).add(keyword);
            }
        }
        this.probes = bySearched.entrySet().stream()
                .map(e -> new Probe(e.getKey(), e.getValue().toArray(new String[0]),
                        e.getValue().stream().mapToInt(k -> k.indexOf(rarestLetter(k))).toArray()))
                .toArray(Probe[]::new);
    }

    /** Whether the text holds any keyword in any letter case. */
    boolean anyIn(String text) {
        return anyIn(new ScannedText(text));
    }

    /** {@link #anyIn(String)} on a text whose searches detectors share. */
    boolean anyIn(ScannedText scanned) {
        String text = scanned.text();
        for (Probe probe : probes) {
            for (int at = scanned.indexOf(probe.searched(), 0); at >= 0;
                 at = scanned.indexOf(probe.searched(), at + 1)) {
                for (int k = 0; k < probe.keywords().length; k++) {
                    String keyword = probe.keywords()[k];
                    int start = at - probe.offsets()[k];
                    if (neighbourFits(text, at, keyword, probe.offsets()[k])
                            && text.regionMatches(true, start, keyword, 0, keyword.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A quick look at one neighbour of the hit before the full comparison: most hits of a letter are in other
     * words, and one character tells. Only an ASCII neighbour that differs in more than case rules a hit out.
     */
    private static boolean neighbourFits(String text, int at, String keyword, int offset) {
        int next = offset + 1 < keyword.length() ? 1 : -1;
        int index = at + next;
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c >= 128 || Character.toLowerCase(c) == keyword.charAt(offset + next);
    }

    private static char rarestLetter(String keyword) {
        char rarest = 0;
        int rank = -1;
        for (char c : keyword.toCharArray()) {
            int r = BY_FREQUENCY.indexOf(c);
            if (r > rank) {
                rank = r;
                rarest = c;
            }
        }
        if (rank < 0 || !keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("A keyword must be lower-case ASCII with a letter in it: " + keyword);
        }
        return rarest;
    }

    /**
     * Every character that a case-insensitive comparison takes for {@code letter}: its two ASCII cases and the few
     * others that fold to them, such as the Kelvin sign for {@code k}.
     */
    private static List<Character> foldingTo(char letter) {
        List<Character> variants = new ArrayList<>();
        char upper = Character.toUpperCase(letter);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.toLowerCase(ch) == letter || Character.toUpperCase(ch) == upper
                    || Character.toLowerCase(Character.toUpperCase(ch)) == letter) {
                variants.add(ch);
            }
        }
        return variants;
    }
}
