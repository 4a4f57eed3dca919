package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;

/**
 * Where the colons of one text are that a detector starting from a colon looks at (a decoded key's {@code uuid:secret}
 * and an assignment's {@code name: value}), found once for both. Printed time stamps put two colons in every line of a
 * log or a table, and one search over them was costing each detector as much as the rest of its work; a colon right
 * after a digit is left out unless a uuid or an escape code ({@code ESC 7}) ends there, since no secret name ends in a
 * digit. That leaves out the colons of {@code 22:13:20}, and both detectors walk past almost nothing.
 */
final class ColonPositions {

    private final int[] positions;
    private final int count;

    private ColonPositions(int[] positions, int count) {
        this.positions = positions;
        this.count = count;
    }

    static ColonPositions of(String text) {
        int n = text.length();
        int[] positions = new int[16];
        int count = 0;
        int at = text.indexOf(':');
        while (at >= 0) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (before >= '0' && before <= '9' && !mayEndUuid(text, at) && !TextCursor.endsWithShortEscape(text, at)) {
                // A time of day's second colon (22:13:20) is left out too, without a search: two digits and this
                // colon lie in the twelve characters before it, so no uuid ends there, and no escape code does.
                boolean timeOfDay = at + 3 < n && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
                        && text.charAt(at + 3) == ':';
                at = text.indexOf(':', timeOfDay ? at + 4 : at + 1);
                continue;
            }
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = at;
            at = text.indexOf(':', at + 1);
        }
        return new ColonPositions(positions, count);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a uuid ends right before the colon at {@code at}; its last dash, 13 characters back, tells most. */
    private static boolean mayEndUuid(String text, int at) {
        return at >= CelonisKeyShape.UUID_LENGTH && text.charAt(at - 13) == '-'
                && CelonisKeyShape.uuidColonAt(text, at - CelonisKeyShape.UUID_LENGTH);
    }

    /** How many of the text's colons are held. */
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
}
