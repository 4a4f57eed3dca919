package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds AWS access key ids: {@code AKIA} (long-term), {@code ASIA} (temporary), {@code ABIA} or {@code ACCA}
 * followed by 16 base32 characters (A-Z, 2-7), with no letter or digit around them. The secret access key that goes
 * with an id is caught by {@link SecretAssignmentDetector} ({@code aws_secret_access_key = ...}).
 *
 * <p>False positives: AWS's documentation example {@code AKIAIOSFODNN7EXAMPLE} is skipped; any other 20-character
 * uppercase word with one of these prefixes would be reported.
 */
public final class AwsAccessKeyIdDetector implements SecretDetector {

    /** The kind reported for an access key id. */
    public static final String KIND = "aws-access-key-id";

    private static final AnchoredPattern ID = new AnchoredPattern(new String[] {"AKIA", "ASIA", "ABIA", "ACCA"},
            "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}", 20, AnchoredPattern::isAlphanumeric);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void detect(String text, List<Finding> out) {
        ID.forEachMatch(text, (start, end, m) -> {
            if (!text.startsWith("EXAMPLE", end - 7)) {
                out.add(new Finding(start, end, KIND));
            }
            return end;
        });
    }
}
