package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a set of literal strings in a text, line breaks inside an occurrence ignored, so that a
 * value wrapped across lines is one occurrence. Immutable and thread-safe.
 *
 * <p>Each pattern is found through one of its characters, its anchor: {@link String#indexOf(int)} (a vectorised scan)
 * finds the anchor's occurrences, and each is compared with the patterns anchored on it, reading outward in both
 * directions. The anchor is chosen for each text, as the pattern's character that a sample of the text holds least
 * often ({@link CharacterRarity} breaks ties, and a character another pattern already searches for is preferred, since
 * every distinct anchor costs a pass): a fixed choice made a table that happens to be full of one capital letter stop
 * at every line. The cost is a pass per distinct anchor and a comparison per anchor hit, whatever the number of
 * patterns. A pattern holding a character that an earlier search of the shared text showed it to lack is not looked
 * for at all: a key's base64 forms nearly always hold one of the characters the shape detectors search for in vain.
 */
final class WrappedLiteralSearch {

    /** Receives one occurrence: the index of the pattern, and where it starts and ends (exclusive) in the text. */
    @FunctionalInterface
    interface Occurrences {
        void found(int pattern, int start, int end);
    }

    /** How many of a pattern's rarest characters are considered for its anchor. */
    private static final int CANDIDATES = 8;
    /** Every this many characters one is sampled, up to {@link #MAX_SAMPLES}, to see which characters are common. */
    private static final int SAMPLE_STRIDE = 127;
    private static final int MAX_SAMPLES = 512;
    /** The sample's counts: one slot per ASCII character, one for all others. */
    private static final int NON_ASCII = 128;

    private final String[] patterns;
    private final int shortest;
    /** For each pattern, its distinct characters, rarest first, at most {@link #CANDIDATES} of them. */
    private final char[][] candidates;
    /** For each pattern, all of its distinct characters: a text known to lack one of them cannot hold the pattern. */
    private final char[][] allCharacters;
    /** For each pattern and candidate, the index of the candidate's first occurrence in the pattern. */
    private final int[][] candidateIndexes;

    /**
     * @param patterns the strings to find, each at least one character long and without line breaks
     */
    WrappedLiteralSearch(List<String> patterns) {
        this.patterns = patterns.toArray(new String[0]);
        this.candidates = new char[this.patterns.length][];
        this.candidateIndexes = new int[this.patterns.length][];
        this.allCharacters = new char[this.patterns.length][];
        int min = Integer.MAX_VALUE;
        for (int p = 0; p < this.patterns.length; p++) {
            String pattern = this.patterns[p];
            if (pattern.isEmpty() || pattern.indexOf('\n') >= 0 || pattern.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("Pattern " + p + " is empty or holds a line break");
            }
            min = Math.min(min, pattern.length());
            allCharacters[p] = CharacterRarity.distinctRarestFirst(pattern);
            int kept = Math.min(CANDIDATES, allCharacters[p].length);
            candidates[p] = Arrays.copyOf(allCharacters[p], kept);
            candidateIndexes[p] = new int[kept];
            for (int k = 0; k < kept; k++) {
                candidateIndexes[p][k] = pattern.indexOf(candidates[p][k]);
            }
        }
        this.shortest = min;
    }

    /** Reports every occurrence of every pattern in {@code text}, grouped by anchor, in no particular order. */
    void find(String text, Occurrences out) {
        find(new ScannedText(text), out);
    }

    /** {@link #find(String, Occurrences)} on a text whose searches detectors share. */
    void find(ScannedText scanned, Occurrences out) {
        String text = scanned.text();
        int n = text.length();
        if (patterns.length == 0 || n < shortest) {
            return;
        }
        boolean[] possible = new boolean[patterns.length];
        boolean any = false;
        for (int p = 0; p < patterns.length; p++) {
            possible[p] = !scanned.isKnownToLackAny(allCharacters[p]);
            any |= possible[p];
        }
        if (!any) {
            return;
        }
        Anchors anchors = chooseAnchors(sampleCounts(text), possible);
        for (int a = 0; a < anchors.count; a++) {
            char anchor = anchors.chars[a];
            int from = anchors.firstMember[a];
            int to = anchors.firstMember[a + 1];
            for (int hit = scanned.indexOf(anchor, 0); hit >= 0; hit = scanned.indexOf(anchor, hit + 1)) {
                for (int m = from; m < to; m++) {
                    int p = anchors.members[m];
                    int index = anchors.indexes[m];
                    int end = matchedEnd(text, hit, patterns[p], index);
                    if (end >= 0) {
                        int start = matchedStart(text, hit, patterns[p], index);
                        if (start >= 0) {
                            out.found(p, start, end);
                        }
                    }
                }
            }
        }
    }

    /** How often each character occurs in an evenly spread sample of the text. */
    private static int[] sampleCounts(String text) {
        int[] counts = new int[NON_ASCII + 1];
        int n = text.length();
        int stride = Math.max(1, Math.min(SAMPLE_STRIDE, n / MAX_SAMPLES));
        for (int i = 0, taken = 0; i < n && taken < MAX_SAMPLES; i += stride, taken++) {
            char c = text.charAt(i);
            counts[c < NON_ASCII ? c : NON_ASCII]++;
        }
        return counts;
    }

    /** The anchors of one text: the distinct characters searched for, and the patterns found through each. */
    private static final class Anchors {
        int count;
        final char[] chars;
        /** Members of anchor {@code a} are {@code members[firstMember[a]]} to {@code members[firstMember[a + 1] - 1]}. */
        final int[] firstMember;
        final int[] members;
        /** The index of the anchor in each member's pattern. */
        final int[] indexes;

        Anchors(int patterns) {
            chars = new char[patterns];
            firstMember = new int[patterns + 1];
            members = new int[patterns];
            indexes = new int[patterns];
        }
    }

    /**
     * For each pattern that is {@code possible}, the candidate that the sample holds least often; among equally common
     * ones, one that an earlier pattern chose, else the rarest.
     */
    private Anchors chooseAnchors(int[] counts, boolean[] possible) {
        int count = patterns.length;
        Anchors anchors = new Anchors(count);
        int[] anchorOf = new int[count];
        int[] indexOf = new int[count];
        int[] membersPerAnchor = new int[count];
        for (int p = 0; p < count; p++) {
            if (!possible[p]) {
                continue;
            }
            char[] options = candidates[p];
            int best = -1;
            int bestCount = Integer.MAX_VALUE;
            boolean bestShared = false;
            int bestAnchor = -1;
            for (int k = 0; k < options.length; k++) {
                char c = options[k];
                int seen = counts[c < NON_ASCII ? c : NON_ASCII];
                int shared = indexOfChar(anchors.chars, anchors.count, c);
                if (seen < bestCount || (seen == bestCount && shared >= 0 && !bestShared)) {
                    best = k;
                    bestCount = seen;
                    bestShared = shared >= 0;
                    bestAnchor = shared;
                }
            }
            if (bestAnchor < 0) {
                bestAnchor = anchors.count;
                anchors.chars[anchors.count++] = options[best];
            }
            anchorOf[p] = bestAnchor;
            indexOf[p] = candidateIndexes[p][best];
            membersPerAnchor[bestAnchor]++;
        }
        for (int a = 0; a < anchors.count; a++) {
            anchors.firstMember[a + 1] = anchors.firstMember[a] + membersPerAnchor[a];
        }
        int[] filled = new int[anchors.count];
        for (int p = 0; p < count; p++) {
            if (!possible[p]) {
                continue;
            }
            int slot = anchors.firstMember[anchorOf[p]] + filled[anchorOf[p]]++;
            anchors.members[slot] = p;
            anchors.indexes[slot] = indexOf[p];
        }
        return anchors;
    }

    private static int indexOfChar(char[] chars, int count, char c) {
        for (int i = 0; i < count; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the occurrence of {@code pattern} whose character {@code index} is at {@code hit} ends (exclusive), read
     * forward over line breaks; -1 when the text does not go on as the pattern does.
     */
    private static int matchedEnd(String text, int hit, String pattern, int index) {
        int n = text.length();
        int j = hit + 1;
        for (int q = index + 1; q < pattern.length(); q++, j++) {
            while (j < n && isLineBreak(text, j)) {
                j++;
            }
            if (j >= n || text.charAt(j) != pattern.charAt(q)) {
                return -1;
            }
        }
        return j;
    }

    /** Where that occurrence starts, read backward over line breaks; -1 when the text before does not match. */
    private static int matchedStart(String text, int hit, String pattern, int index) {
        int j = hit - 1;
        for (int q = index - 1; q >= 0; q--, j--) {
            while (j >= 0 && isLineBreak(text, j)) {
                j--;
            }
            if (j < 0 || text.charAt(j) != pattern.charAt(q)) {
                return -1;
            }
        }
        return j + 1;
    }

    private static boolean isLineBreak(String text, int at) {
        char c = text.charAt(at);
        return c == '\n' || c == '\r';
    }
}
