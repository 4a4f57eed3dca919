package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds AWS access key ids: {@code AKIA} (long-term), {@code ASIA} (temporary), {@code ABIA} or {@code ACCA}
 * followed by 16 base32 characters (A-Z, 2-7), with no letter or digit around them (a colour code may come right
 * before). The secret access key that goes with an id is caught by {@link SecretAssignmentDetector}
 * ({@code aws_secret_access_key = ...}).
 *
 * <p>Every prefix is a capital A and one of K, S, B, C: the text is searched for 'A' ({@link String#indexOf(int)}, a
 * vectorised scan), and the letter after a hit rules most hits out at once.
 *
 * <p>False positives: AWS's documentation example {@code AKIAIOSFODNN7EXAMPLE} is skipped; any other 20-character
 * uppercase word with one of these prefixes would be reported.
 */
public final class AwsAccessKeyIdDetector implements SecretDetector {

    /** The kind reported for an access key id. */
    public static final String KIND = "aws-access-key-id";

    private static final int LENGTH = 20;
    private static final String[] PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA"};

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
        int last = text.length() - LENGTH;
        // The first search is shared; later ones go to the text itself, which is all the shared search would do.
        for (int at = scanned.indexOf('A', 0); at >= 0 && at <= last; at = text.indexOf('A', at + 1)) {
            char second = text.charAt(at + 1);
            if (second == 'K' || second == 'S' || second == 'B' || second == 'C') {
                reportIfId(text, at, out);
            }
        }
    }

    private static void reportIfId(String text, int start, List<Finding> out) {
        int end = start + LENGTH;
        if (!hasPrefix(text, start) || text.startsWith("EXAMPLE", end - 7)) {
            return;
        }
        for (int i = start + 4; i < end; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
                return;
            }
        }
        boolean alone = start == 0 || !AnchoredPattern.isAlphanumeric(text.charAt(start - 1))
                || TextCursor.endsWithAnsiCode(text, start);
        if (alone && (end == text.length() || !AnchoredPattern.isAlphanumeric(text.charAt(end)))) {
            out.add(new Finding(start, end, KIND));
        }
    }

    private static boolean hasPrefix(String text, int start) {
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix, start)) {
                return true;
            }
        }
        return false;
    }
}
