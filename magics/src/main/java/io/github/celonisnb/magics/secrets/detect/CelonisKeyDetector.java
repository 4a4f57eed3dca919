package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds Celonis EMS keys by structure: a run of base64 or base64url characters that decodes to
 * {@code <lowercase uuid>:<32 to 64 letters and digits>}. No keyword is needed, which matters in tracebacks and
 * pretty-printed reprs where the keyword and the key end up far apart.
 *
 * <p>Heuristic: only runs of base64 long enough to hold a key are looked into; there every character M, N, O, Y or Z
 * (the only first characters base64 of a hex digit can have) is tried as the start of a key, and decoding stops at the first byte that breaks the shape, so the cost per character is a few
 * table lookups. False positives: random base64 decodes to this shape with a probability far below one in 10^40 per
 * position; the shape is only reported when the text really holds base64 of a lowercase uuid, a colon and a
 * letters-and-digits secret, which is also what a test fixture key looks like.
 */
public final class CelonisKeyDetector implements SecretDetector {

    /** The kind reported for a key found by shape. */
    public static final String KIND = "celonis-key";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void detect(String text, List<Finding> out) {
        int n = text.length();
        int from = 0;
        while (from + CelonisKeyShape.MIN_ENCODED_LENGTH <= n) {
            // A key is one unbroken run of at least MIN_ENCODED_LENGTH base64 characters. Probing the last
            // character such a run starting here would need skips that far at once wherever it is not base64,
            // so ordinary text costs a few reads per run length instead of one per character.
            int probe = from + CelonisKeyShape.MIN_ENCODED_LENGTH - 1;
            if (!isBase64(text.charAt(probe))) {
                from = probe + 1;
                continue;
            }
            int runStart = probe;
            while (runStart > from && isBase64(text.charAt(runStart - 1))) {
                runStart--;
            }
            if (runStart > from) {
                from = runStart;
                continue;
            }
            int runEnd = probe + 1;
            while (runEnd < n && isBase64(text.charAt(runEnd))) {
                runEnd++;
            }
            findInRun(text, from, runEnd, out);
            from = runEnd + 1;
        }
    }

    /** Every key that starts in the base64 run {@code [start, end)}. */
    private static void findInRun(String text, int start, int end, List<Finding> out) {
        for (int i = start; i + CelonisKeyShape.MIN_ENCODED_LENGTH <= end; i++) {
            if (CelonisKeyShape.canStartEncodedKey(text.charAt(i))) {
                int keyEnd = CelonisKeyShape.encodedKeyEnd(text, i);
                if (keyEnd > 0) {
                    // Keep looking inside the match: a second key glued to this one makes the first one's secret
                    // run long, and its own start lies inside the reported range.
                    out.add(new Finding(i, keyEnd, KIND));
                }
            }
        }
    }

    private static boolean isBase64(char c) {
        return Base64Alphabet.value(c) >= 0;
    }
}
