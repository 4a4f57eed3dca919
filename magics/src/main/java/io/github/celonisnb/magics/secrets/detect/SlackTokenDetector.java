package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds Slack credentials: bot, user, app and refresh tokens ({@code xoxb-}, {@code xoxp-}, {@code xoxa-},
 * {@code xoxr-}, {@code xoxs-}, {@code xoxe-}, {@code xapp-}) with a digit in them, and the secret path of incoming
 * webhook URLs ({@code hooks.slack.com/services/...}, reported as {@value #WEBHOOK_KIND}; the host stays readable).
 *
 * <p>False positives: none known; the prefixes are Slack's own.
 */
public final class SlackTokenDetector implements SecretDetector {

    /** The kind reported for a Slack token. */
    public static final String KIND = "slack-token";

    /** The kind reported for the path of a Slack webhook URL. */
    public static final String WEBHOOK_KIND = "slack-webhook";

    private static final AnchoredPattern TOKEN = new AnchoredPattern(
            new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-"},
            "(?:xox[bpares]|xapp)-[A-Za-z0-9-]{10,250}+", 256, AnchoredPattern::isWordChar);

    private static final AnchoredPattern WEBHOOK = new AnchoredPattern(new String[] {"hooks.slack.com/"},
            "hooks\\.slack\\.com/((?:services|workflows|triggers)/[A-Za-z0-9/_+-]{20,300}+)", 340, c -> false);

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
            if (text.substring(start + 5, end).chars().anyMatch(c -> c >= '0' && c <= '9')) {
                out.add(new Finding(start, end, KIND));
            }
            return end;
        });
        WEBHOOK.forEachMatch(scanned, (start, end, m) -> {
            out.add(new Finding(m.start(1), m.end(1), WEBHOOK_KIND));
            return end;
        });
    }
}
