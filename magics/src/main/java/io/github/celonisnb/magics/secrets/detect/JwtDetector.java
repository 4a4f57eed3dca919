package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds JSON Web Tokens: three base64url parts joined by dots, where header and payload both start with
 * {@code eyJ} (base64url of <code>{"</code>). The signature may be empty (unsigned tokens).
 *
 * <p>False positives: base64url of two JSON objects joined by a dot that are not a token; very unlikely outside
 * authentication code, and such data rarely belongs in a shared notebook anyway.
 */
public final class JwtDetector implements SecretDetector {

    /** The kind reported for a JWT. */
    public static final String KIND = "jwt";

    private static final AnchoredPattern TOKEN = new AnchoredPattern(new String[] {"eyJ"},
            "eyJ[A-Za-z0-9_-]{8,4096}+\\.eyJ[A-Za-z0-9_-]{8,8192}+\\.[A-Za-z0-9_-]{0,4096}+", 16400,
            AnchoredPattern::isBase64UrlChar);

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
        TOKEN.forEachMatch(scanned, (start, end, m) -> {
            out.add(new Finding(start, end, KIND));
            return end;
        });
    }
}
