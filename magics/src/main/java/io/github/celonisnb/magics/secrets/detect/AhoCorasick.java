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

    AhoCorasick(List<String> patterns) {
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new TreeMap<>());
        own.add(new ArrayList<>());
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("Pattern " + p + " is empty");
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
