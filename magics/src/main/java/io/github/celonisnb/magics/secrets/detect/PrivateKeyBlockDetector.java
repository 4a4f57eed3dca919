package io.github.celonisnb.magics.secrets.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds PEM and OpenSSH private key blocks: {@code -----BEGIN [RSA |EC |OPENSSH |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----}
 * through the matching {@code -----END ...-----} line, and RFC 4716's {@code ---- BEGIN SSH2 [ENCRYPTED ]PRIVATE KEY ----}
 * through its {@code ---- END ...} line. When the end line is missing (a truncated print), the block runs to the end of
 * the base64 body that follows.
 *
 * <p>Heuristic: the BEGIN line is searched literally; the END line must follow within 64 KiB. False positives:
 * documentation that shows an empty BEGIN/END pair; redacting it loses nothing.
 */
public final class PrivateKeyBlockDetector implements SecretDetector {

    /** The kind reported for a private key block. */
    public static final String KIND = "private-key";

    private static final int MAX_BLOCK = 64 * 1024;

    private static final AnchoredPattern BEGIN = new AnchoredPattern(new String[] {"-----BEGIN ", "---- BEGIN "},
            "-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----",
            80, c -> false);

    private static final Pattern END = Pattern.compile(
            "-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|---- END SSH2 (?:ENCRYPTED )?PRIVATE KEY ----");

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
        if (!mentionsPrivateKey(scanned)) {
            return;
        }
        BEGIN.forEachMatch(scanned, (start, beginEnd, m) -> {
            int end = blockEnd(text, beginEnd);
            out.add(new Finding(start, end, KIND));
            return end;
        });
    }

    /**
     * {@code text.contains("PRIVATE KEY")}, found through its only 'K' ({@link String#indexOf(int)}, a vectorised
     * scan): a capital K is rare in printed output, and a search for the whole phrase took five times as long.
     */
    static boolean mentionsPrivateKey(String text) {
        return mentionsPrivateKey(new ScannedText(text));
    }

    private static boolean mentionsPrivateKey(ScannedText scanned) {
        String text = scanned.text();
        for (int k = scanned.indexOf('K', 8); k >= 0; k = scanned.indexOf('K', k + 1)) {
            if (text.startsWith("PRIVATE KEY", k - 8)) {
                return true;
            }
        }
        return false;
    }

    private static int blockEnd(String text, int bodyStart) {
        int limit = Math.min(text.length(), bodyStart + MAX_BLOCK);
        for (int endLine = endLineAt(text, bodyStart, limit); endLine >= 0;
             endLine = endLineAt(text, endLine + 1, limit)) {
            var matcher = END.matcher(text);
            matcher.region(endLine, Math.min(text.length(), endLine + 80));
            if (matcher.lookingAt()) {
                return matcher.end();
            }
        }
        int i = bodyStart;
        while (i < limit && isBodyChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first END line's start (PEM's or RFC 4716's) at or after {@code from} and before {@code limit}, or -1. */
    private static int endLineAt(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.startsWith("-----END ", i) || text.startsWith("---- END ", i)) {
                return i;
            }
        }
        return -1;
    }

    /** Base64, line breaks (also written as a literal backslash-n in reprs), and header lines' punctuation. */
    private static boolean isBodyChar(char c) {
        return AnchoredPattern.isAlphanumeric(c) || "+/=\r\n\t \\:,-".indexOf(c) >= 0;
    }
}
