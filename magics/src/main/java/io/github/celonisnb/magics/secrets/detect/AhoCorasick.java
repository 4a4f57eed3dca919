package io.github.celonisnb.magics.secrets.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over chars: finds every occurrence of every pattern in one pass, so the cost per
 * character does not grow with the number of known secrets or forms. The caller feeds characters one by one, which
 * lets it skip line breaks.
 */
final class AhoCorasick {

    private static final int[] NONE = new int[0];

    /** Root transitions for ASCII, looked up directly: most characters of most texts end at the root. */
    private final int[] rootAscii = new int[128];
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] outputs;
    /** Whether any pattern starts with a non-ASCII character; when none does, such characters skip at once. */
    private final boolean nonAsciiStarts;
    /** The first two characters of some pattern, both ASCII, at {@code first * 128 + second}. */
    private final boolean[] startPairs = new boolean[128 * 128];
    /** The characters a pattern may have between its first two for the caller (line breaks it skips). */
    private final boolean[] transparent = new boolean[128];

    /** Characters per gram of the window test; see {@link #nextStart}. */
    private static final int GRAM = 3;
    private static final int GRAM_TABLE_BITS = 15;
    /** The length of the shortest pattern: the window the skip test looks at. */
    private final int window;
    /**
     * For each gram (hashed), how far a window may move on when its last {@value #GRAM} characters are that gram:
     * the distance from the gram's last place in the first {@link #window} characters of any pattern to the
     * window's end, or {@code window - GRAM + 1} for a gram in no pattern. Null when patterns are too short for
     * skipping to pay.
     */
    private final byte[] shifts;

    /**
     * @param patterns    the strings to find, each at least two characters long
     * @param transparent characters the caller skips between pattern characters, e.g. line breaks
     */
    AhoCorasick(List<String> patterns, String transparent) {
        for (char c : transparent.toCharArray()) {
            this.transparent[c] = true;
        }
        this.window = patterns.stream().mapToInt(String::length).min().orElse(0);
        // The skip knows line breaks as the only characters a caller passes over.
        this.shifts = "\r\n".contains(transparent) || "\n".equals(transparent) ? shiftTable(patterns, window) : null;
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new TreeMap<>());
        own.add(new ArrayList<>());
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            if (pattern.length() < 2) {
                throw new IllegalArgumentException("Pattern " + p + " is shorter than two characters");
            }
            if (pattern.charAt(0) < 128 && pattern.charAt(1) < 128) {
                startPairs[pattern.charAt(0) * 128 + pattern.charAt(1)] = true;
            }
            int node = 0;
            for (int i = 0; i < pattern.length(); i++) {
                Integer next = children.get(node).get(pattern.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.get(node).put(pattern.charAt(i), next);
                    children.add(new TreeMap<>());
                    own.add(new ArrayList<>());
                }
                node = next;
            }
            own.get(node).add(p);
        }
        int size = children.size();
        keys = new char[size][];
        targets = new int[size][];
        for (int node = 0; node < size; node++) {
            Map<Character, Integer> map = children.get(node);
            keys[node] = new char[map.size()];
            targets[node] = new int[map.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : map.entrySet()) {
                keys[node][k] = e.getKey();
                targets[node][k] = e.getValue();
                k++;
            }
        }
        Arrays.fill(rootAscii, 0);
        for (int k = 0; k < keys[0].length; k++) {
            if (keys[0][k] < 128) {
                rootAscii[keys[0][k]] = targets[0][k];
            }
        }
        boolean nonAscii = false;
        for (char c : keys[0]) {
            nonAscii |= c >= 128;
        }
        nonAsciiStarts = nonAscii;
        fail = new int[size];
        outputs = new int[size][];
        outputs[0] = NONE;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            fail[child] = 0;
            outputs[child] = toArray(own.get(child), NONE);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 0; k < keys[node].length; k++) {
                char c = keys[node][k];
                int child = targets[node][k];
                int f = fail[node];
                int next;
                while ((next = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = next >= 0 && next != child ? next : 0;
                outputs[child] = toArray(own.get(child), outputs[fail[child]]);
                queue.add(child);
            }
        }
    }

    /** The skip table of {@link #nextStart}, or null when the shortest pattern is too short for one. */
    private static byte[] shiftTable(List<String> patterns, int window) {
        if (window < GRAM + 2 || window > Byte.MAX_VALUE) {
            return null;
        }
        byte[] table = new byte[1 << GRAM_TABLE_BITS];
        Arrays.fill(table, (byte) (window - GRAM + 1));
        for (String pattern : patterns) {
            for (int end = GRAM - 1; end < window; end++) {
                int h = gramHash(pattern.charAt(end - 2), pattern.charAt(end - 1), pattern.charAt(end));
                table[h] = (byte) Math.min(table[h], window - 1 - end);
            }
        }
        return table;
    }

    private static int gramHash(char a, char b, char c) {
        return ((a * 961 + b * 31 + c) ^ (a >>> 5)) & ((1 << GRAM_TABLE_BITS) - 1);
    }

    /** The state after reading {@code c} in state {@code state}; the start state is 0. */
    int step(int state, char c) {
        int s = state;
        while (true) {
            int next = child(s, c);
            if (next >= 0) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /**
     * The first index from {@code from} on where a pattern may begin, or {@code text.length()}. In the start state
     * every character that begins no pattern leads back to it, so a caller there may jump ahead; this is what keeps
     * the cost of text without secrets far below a step per character.
     *
     * <p>Two tests, both conservative. The gram at the end of the next {@link #window} characters tells how far no
     * pattern can begin (the Wu-Manber skip: every pattern has at least that many characters, so one that begins
     * inside the skipped stretch would have put that gram, at that place, in its first characters); each line break
     * in the window, where a wrapped value may hide, shortens the skip by one. Where it cannot skip, a position
     * passes when its character begins a pattern and the next one shows that one of them may go on this way.
     */
    int nextStart(String text, int from) {
        int n = text.length();
        if (shifts == null) {
            return nextStartByPairs(text, from, n);
        }
        // The next '\n' and '\r', each searched again only once passed (text without '\r' is searched for it once).
        int lf = -1;
        int cr = -1;
        int i = from;
        while (i + window <= n) {
            if (lf < i) {
                lf = nextOrEnd(text, '\n', i);
            }
            if (cr < i) {
                cr = nextOrEnd(text, '\r', i);
            }
            int lineBreak = Math.min(lf, cr);
            int end = i + window - 1;
            int shift;
            if (lineBreak > end) {
                shift = shifts[gramHash(text.charAt(end - 2), text.charAt(end - 1), text.charAt(end))];
            } else if (isLineBreak(text.charAt(end - 2)) || isLineBreak(text.charAt(end - 1))
                    || isLineBreak(text.charAt(end))) {
                // The gram holds a line break, so it is no gram of any pattern: one position, by pairs.
                shift = 0;
            } else {
                // A pattern wrapped inside the window spans its line breaks too, which shortens the safe skip by
                // as many characters.
                shift = shifts[gramHash(text.charAt(end - 2), text.charAt(end - 1), text.charAt(end))]
                        - lineBreaksIn(text, lineBreak, end - 2);
            }
            if (shift > 0) {
                i += shift;
            } else if (nextStartByPairs(text, i, i + 1) == i) {
                return i;
            } else {
                i++;
            }
        }
        // Fewer characters left than the shortest pattern has: none can begin, line breaks only add characters.
        return n;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** How many line breaks {@code text[from, to)} holds. */
    private static int lineBreaksIn(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (isLineBreak(text.charAt(k))) {
                count++;
            }
        }
        return count;
    }

    private static int nextOrEnd(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** The first index in {@code [from, to)} that passes the two-character test, or {@code to}. */
    private int nextStartByPairs(String text, int from, int to) {
        int n = text.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                if (nonAsciiStarts && child(0, c) >= 0) {
                    return i;
                }
            } else if (rootAscii[c] != 0) {
                if (i + 1 == n) {
                    return i;
                }
                char next = text.charAt(i + 1);
                if (next >= 128 || transparent[next] || startPairs[c * 128 + next]) {
                    return i;
                }
            }
        }
        return to;
    }

    /** The patterns that end in this state, including those that are suffixes of the state's path. */
    int[] outputs(int state) {
        return outputs[state];
    }

    private int child(int node, char c) {
        if (node == 0) {
            if (c < 128) {
                int t = rootAscii[c];
                return t == 0 ? -1 : t;
            }
        }
        int k = Arrays.binarySearch(keys[node], c);
        return k >= 0 ? targets[node][k] : -1;
    }

    private static int[] toArray(List<Integer> own, int[] inherited) {
        if (own.isEmpty()) {
            return inherited;
        }
        int[] out = new int[own.size() + inherited.length];
        for (int i = 0; i < own.size(); i++) {
            out[i] = own.get(i);
        }
        System.arraycopy(inherited, 0, out, own.size(), inherited.length);
        return out;
    }
}
