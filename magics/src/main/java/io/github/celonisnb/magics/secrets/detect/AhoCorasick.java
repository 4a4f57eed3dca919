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

    /** Characters per gram of the sampling test; see {@link StartFinder}. */
    private static final int GRAM = 3;
    private static final int GRAM_TABLE_BITS = 15;
    /** The length of the shortest pattern. */
    private final int window;
    /** How far apart the sampled grams are: {@code window - GRAM + 1}, so that every pattern's first part holds one. */
    private final int stride;
    /**
     * Whether a gram (hashed) ends at one of the indexes {@code GRAM - 1} to {@code window - 1} of some pattern.
     * Null when patterns are too short for sampling to pay.
     */
    private final long[] grams;

    /**
     * @param patterns    the strings to find, each at least two characters long
     * @param transparent characters the caller skips between pattern characters, e.g. line breaks
     */
    AhoCorasick(List<String> patterns, String transparent) {
        for (char c : transparent.toCharArray()) {
            this.transparent[c] = true;
        }
        this.window = patterns.stream().mapToInt(String::length).min().orElse(0);
        this.stride = window - GRAM + 1;
        // The sampling knows line breaks as the only characters a caller passes over.
        this.grams = "\r\n".contains(transparent) ? gramTable(patterns, window) : null;
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

    /**
     * The gram table of {@link StartFinder}, or null when the shortest pattern is too short for one. One bit per
     * hashed gram: 4 KB, which stays in the processor's first-level cache while the text streams past.
     */
    private static long[] gramTable(List<String> patterns, int window) {
        if (window < GRAM + 2) {
            return null;
        }
        long[] table = new long[(1 << GRAM_TABLE_BITS) / Long.SIZE];
        for (String pattern : patterns) {
            for (int end = GRAM - 1; end < window; end++) {
                int hash = gramHash(fold(pattern.charAt(end - 2)), fold(pattern.charAt(end - 1)),
                        fold(pattern.charAt(end)));
                table[hash >>> 6] |= 1L << hash;
            }
        }
        return table;
    }

    /** Whether the gram ending at {@code end} of the folded text is in the table. */
    private static boolean inTable(long[] table, byte[] bytes, int end) {
        int hash = gramHash(bytes[end - 2], bytes[end - 1], bytes[end]);
        return (table[hash >>> 6] & 1L << hash) != 0;
    }

    /**
     * A character as the sampling sees it: its low byte, as {@link #folded} copies it. Characters that fold alike
     * share table entries, which only ever makes a sample look at more.
     */
    private static byte fold(char c) {
        return (byte) c;
    }

    private static int gramHash(byte a, byte b, byte c) {
        return ((a & 0xFF) << 10 ^ (b & 0xFF) << 5 ^ (c & 0xFF)) & ((1 << GRAM_TABLE_BITS) - 1);
    }

    /** Where patterns may begin in one text: made once per text, asked for positions in increasing order. */
    StartFinder startFinder(String text) {
        return new StartFinder(text);
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
     * Finds, in one text, the first index from a given one on where a pattern may begin. In the start state every
     * character that begins no pattern leads back to it, so a caller there may jump ahead; this is what keeps the
     * cost of text without secrets far below a step per character.
     *
     * <p>The text is cut into stretches of {@link #stride} starting positions. A pattern that starts in a stretch
     * has, at the stretch's sampling point ({@code window - 1} characters after the stretch begins), one of the grams
     * of its first {@link #window} characters; so a stretch whose sampled gram is in no pattern there holds no
     * start. Samples do not depend on each other, which lets the processor work on several at once (a skip whose
     * length comes from the last lookup waits for it, and was four times slower). Where the sample matches, and
     * for the starts before a line break that lies between them and the sampling point (a wrapped value may hide
     * there), positions are looked at one by one: a position passes when its character begins a pattern and the
     * next one shows that one of them may go on this way. The grams are read from the text's low bytes (one
     * copy per text into a buffer the thread keeps, far cheaper to read than the string).
     */
    final class StartFinder {
        private final String text;
        private final byte[] folded;
        /** The next '\n' and '\r', each searched again only once passed. */
        private int lf = -1;
        private int cr = -1;

        private StartFinder(String text) {
            this.text = text;
            this.folded = grams == null ? null : folded(text);
        }

        /** The first index from {@code from} on where a pattern may begin, or the text's length. */
        int next(int from) {
            int n = text.length();
            if (grams == null) {
                return nextStartByPairs(text, from, n);
            }
            byte[] bytes = folded;
            long[] table = grams;
            int step = stride;
            int reach = window - 1;
            int i = from;
            int start = from - from % step;
            while (start + reach < n) {
                int lineBreak = nextLineBreak(start);
                // The stretches sampled before the next line break, in a loop of independent lookups.
                int lastSample = Math.min(lineBreak, n) - 1;
                int sample = start + reach;
                while (sample <= lastSample
                        && !inTable(table, bytes, sample)) {
                    sample += step;
                }
                start = sample - reach;
                if (sample >= n) {
                    break;
                }
                // This stretch's sample matched, or a line break lies between its start and its sample.
                int stretchEnd = start + step;
                int first = Math.max(i, start);
                int to = stretchEnd;
                if (lineBreak <= sample) {
                    // Starts after the stretch's last line break still reach the sample unbroken, so an absent
                    // gram rules them out; only the starts up to that break are looked at one by one.
                    int lastBreak = lastLineBreak(text, lineBreak, sample);
                    if (lastBreak < sample - 2 && !inTable(table, bytes, sample)) {
                        to = Math.min(stretchEnd, lastBreak + 1);
                    }
                    // A start three or more characters before the first line break reaches it unbroken, and the gram
                    // right before the break lies within its first window: one lookup rules all of them out, and
                    // only the last two characters of the line remain.
                    if (lineBreak - 3 >= first && !inTable(table, bytes, lineBreak - 1)) {
                        first = lineBreak - 2;
                    }
                }
                int candidate = nextStartByPairs(text, first, to);
                if (candidate < to) {
                    return candidate;
                }
                i = stretchEnd;
                start = stretchEnd;
            }
            // Fewer characters left than the shortest pattern has: none can begin (line breaks only add).
            return n;
        }

        /** The first line break at or after {@code at}, or the text's length. */
        private int nextLineBreak(int at) {
            if (lf < at) {
                lf = nextOrEnd(text, '\n', at);
            }
            if (cr < at) {
                cr = nextOrEnd(text, '\r', at);
            }
            return Math.min(lf, cr);
        }
    }

    /** A text at most this long is folded into a buffer the thread keeps; a longer one gets a buffer of its own. */
    private static final int REUSED_BUFFER_CHARS = 128 * 1024;

    /**
     * One folding buffer per thread: the kernel scans every 64 KB of a cell's output, and a fresh copy each time was
     * a tenth of the allocation that makes the collector run.
     */
    private static final ThreadLocal<byte[]> FOLDING_BUFFER = ThreadLocal.withInitial(() -> new byte[0]);

    /**
     * The text's characters {@linkplain #fold folded} to one byte each, index for index; bytes past the text's length
     * are left over from earlier texts and never read. The copy is {@link String#getBytes(int, int, byte[], int)},
     * deprecated because it drops the high byte of each char, which is exactly the folding wanted here.
     */
    @SuppressWarnings("deprecation")
    private static byte[] folded(String text) {
        int n = text.length();
        byte[] bytes;
        if (n <= REUSED_BUFFER_CHARS) {
            bytes = FOLDING_BUFFER.get();
            if (bytes.length < n) {
                bytes = new byte[Math.max(n, Math.min(REUSED_BUFFER_CHARS, 2 * bytes.length))];
                FOLDING_BUFFER.set(bytes);
            }
        } else {
            bytes = new byte[n];
        }
        text.getBytes(0, n, bytes, 0);
        return bytes;
    }

    /** The last line break in {@code text[first, last]}, where {@code first} holds one. */
    private static int lastLineBreak(String text, int first, int last) {
        int at = first;
        for (int k = first + 1; k <= last; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                at = k;
            }
        }
        return at;
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
