package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds a Celonis key printed after decoding: {@code <lowercase uuid>:<32 to 64 letters and digits>}, for example
 * the output of {@code base64.b64decode(key)}.
 *
 * <p>Heuristic: at every ':' look back for a lowercase uuid (8-4-4-4-12 hex digits) and forward for 32 to 64 letters
 * and digits followed by a character that is not a letter or digit. False positives: a uuid followed by a colon and a
 * long alphanumeric word, such as {@code <uuid>:<sha256 hex>} cache keys; rare in notebooks, and redacting them costs
 * nothing.
 */
public final class CelonisDecodedKeyDetector implements SecretDetector {

    /** The kind reported for a decoded key. */
    public static final String KIND = "celonis-key-decoded";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void detect(String text, List<Finding> out) {
        detect(new ScannedText(text), out);
    }

    @Override
    public void detect(ScannedText scanned, List<Finding> out) {
        String text = scanned.text();
        ColonPositions colons = scanned.colons();
        int from = CelonisKeyShape.UUID_LENGTH;
        for (int k = colons.firstAtOrAfter(from, 0); k < colons.count(); k = colons.firstAtOrAfter(from, k)) {
            int colon = colons.at(k);
            from = colon + 1;
            int start = colon - CelonisKeyShape.UUID_LENGTH;
            if (!CelonisKeyShape.uuidColonAt(text, start)) {
                continue;
            }
            int end = colon + 1;
            int limit = Math.min(text.length(), end + CelonisKeyShape.MAX_SECRET_LENGTH + 1);
            while (end < limit && CelonisKeyShape.isAsciiAlphanumeric(text.charAt(end))) {
                end++;
            }
            int secretLength = end - colon - 1;
            boolean boundary = end >= text.length() || !CelonisKeyShape.isAsciiAlphanumeric(text.charAt(end));
            if (boundary && secretLength >= CelonisKeyShape.MIN_SECRET_LENGTH
                    && secretLength <= CelonisKeyShape.MAX_SECRET_LENGTH) {
                out.add(new Finding(start, end, KIND));
                from = end;
            }
        }
    }
}
