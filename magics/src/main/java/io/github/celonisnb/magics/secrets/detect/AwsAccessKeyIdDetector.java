package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds AWS access key ids: {@code AKIA} (long-term), {@code ASIA} (temporary), {@code ABIA} or {@code ACCA}
 * followed by 16 base32 characters (A-Z, 2-7), with no letter or digit around them (a colour code may come right
 * before). The secret access key that goes with an id is caught by {@link SecretAssignmentDetector}
 * ({@code aws_secret_access_key = ...}).
 *
 * <p>An id is the end of a run of capitals and digits at least {@value #LENGTH} long, so the text is probed every
 * {@value #LENGTH} characters and only runs that long are looked at: ordinary text costs a read per twenty
 * characters and a short walk at each probe that lands in a capitalised word or a number.
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
        int n = text.length();
        int probe = LENGTH - 1;
        while (probe < n) {
            if (!isCapitalOrDigit(text.charAt(probe))) {
                probe += LENGTH;
                continue;
            }
            int runStart = probe;
            while (runStart > 0 && isCapitalOrDigit(text.charAt(runStart - 1))) {
                runStart--;
            }
            int runEnd = probe + 1;
            while (runEnd < n && isCapitalOrDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - runStart >= LENGTH) {
                // Nothing alphanumeric may follow an id, so within the run only its last twenty characters can be one.
                reportIfId(text, runEnd - LENGTH, out);
            }
            // A character outside the class ends the run: the next id starts after it, and a probe twenty on meets it.
            probe = runEnd + LENGTH;
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

    private static boolean isCapitalOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
