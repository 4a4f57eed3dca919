package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds Celonis EMS keys by structure: a run of base64 or base64url characters that decodes to
 * {@code <lowercase uuid>:<32 to 64 letters and digits>}. No keyword is needed, which matters in tracebacks and
 * pretty-printed reprs where the keyword and the key end up far apart.
 *
 * <p>Heuristic: every character M, N, O, Y or Z (the only first characters base64 of a hex digit can have) is tried as
 * the start of a key, and decoding stops at the first byte that breaks the shape, so the cost per character is a few
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
        int i = 0;
        while (i < n) {
            if (CelonisKeyShape.canStartEncodedKey(text.charAt(i))) {
                int end = CelonisKeyShape.encodedKeyEnd(text, i);
                if (end > 0) {
                    // Keep looking inside the match: a second key glued to this one makes the first one's secret
                    // run long, and its own start lies inside the reported range.
                    out.add(new Finding(i, end, KIND));
                }
            }
            i++;
        }
    }
}
