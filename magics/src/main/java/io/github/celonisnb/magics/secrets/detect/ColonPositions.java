package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;
import java.util.List;

/**
 * Where the colons of one text are, found once for the two detectors that start from a colon (a decoded key's
 * {@code uuid:secret} and an assignment's {@code name: value}): printed time stamps put two colons in every line of
 * a log or a table, and one search over them was costing each detector as much as the rest of its work.
 */
final class ColonPositions {

    private final int[] positions;
    private final int count;

    private ColonPositions(int[] positions, int count) {
        this.positions = positions;
        this.count = count;
    }

    static ColonPositions of(String text) {
        int[] positions = new int[16];
        int count = 0;
        for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = at;
        }
        return new ColonPositions(positions, count);
    }

    /** How many colons the text has. */
    int count() {
        return count;
    }

    /** The index of the {@code k}-th colon, from 0. */
    int at(int k) {
        return positions[k];
    }

    /** The first {@code k} at or after {@code fromK} whose colon lies at or after {@code index}, or {@link #count()}. */
    int firstAtOrAfter(int index, int fromK) {
        int k = fromK;
        while (k < count && positions[k] < index) {
            k++;
        }
        return k;
    }

    /** A detector that starts from a text's colons and is given them rather than searching for them itself. */
    interface Anchored {
        void detect(String text, ColonPositions colons, List<Finding> out);
    }
}
