package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds OpenAI API keys: {@code sk-}, {@code sk-proj-}, {@code sk-svcacct-} or {@code sk-admin-} followed by 32 or
 * more characters of letters, digits, '_' and '-' that mix upper case, lower case and digits.
 *
 * <p>False positives: other vendors' keys with an {@code sk-} prefix (they are secrets too). Stand-ins such as
 * {@code sk-or-v1-VOTRE_CLE} are too short or not mixed enough and are not reported.
 */
public final class OpenAiKeyDetector implements SecretDetector {

    /** The kind reported for an OpenAI key. */
    public static final String KIND = "openai-key";

    private static final AnchoredPattern KEY = new AnchoredPattern(new String[] {"sk-"},
            "sk-(?:proj-|svcacct-|admin-)?+([A-Za-z0-9_-]{32,400}+)", 420, AnchoredPattern::isBase64UrlChar);

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
        KEY.forEachMatch(scanned, (start, end, m) -> {
            if (mixesCases(text, m.start(1), m.end(1)) && !Placeholders.isPlaceholder(m.group(1))) {
                out.add(new Finding(start, end, KIND));
            }
            return end;
        });
    }

    private static boolean mixesCases(String text, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
