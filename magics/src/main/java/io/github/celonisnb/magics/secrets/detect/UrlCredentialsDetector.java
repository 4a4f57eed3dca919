package io.github.celonisnb.magics.secrets.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds passwords in URLs: {@code scheme://user:password@host}, as in database connection strings
 * ({@code postgresql://analyst:s3cret@db:5432/sales}). Only the password is reported.
 *
 * <p>Heuristic: at every {@code ://}, read a user of at most 256 characters without ':', '/', '@' or blanks, a ':',
 * and a password of at most 256 characters up to an '@'. Stand-ins ({@code password}, {@code ****},
 * <code>${DB_PASSWORD}</code>, {@code <pass>}) are not reported. False positives: a URL whose "password" is a
 * documented example value.
 */
public final class UrlCredentialsDetector implements SecretDetector {

    /** The kind reported for a password in a URL. */
    public static final String KIND = "url-credentials";

    private static final int MAX_PART = 256;
    private static final Set<String> EXAMPLES = Set.of("pass", "password", "passwd", "pwd", "secret", "pw");

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Anchored on the '@' that ends every finding, the rarest character of a URL with credentials (a search for
     * "://" stops at every ':' of every time of day): from each '@' the user and password are walked back to the
     * "://" before them, which must be the first character neither may hold, and the URL is then read forwards
     * from there as the heuristic above says.
     */
    @Override
    public void detect(String text, List<Finding> out) {
        detect(new ScannedText(text), out);
    }

    @Override
    public void detect(ScannedText scanned, List<Finding> out) {
        String text = scanned.text();
        for (int at = scanned.indexOf('@', 0); at >= 0; at = scanned.indexOf('@', at + 1)) {
            int scheme = schemeSeparatorBefore(text, at);
            if (scheme >= 0) {
                reportAt(text, scheme, out);
            }
        }
    }

    /** Where the "://" that a user and password ending at {@code at} would follow begins, or -1. */
    private static int schemeSeparatorBefore(String text, int at) {
        int limit = Math.max(0, at - 2 * MAX_PART - 1);
        int i = at - 1;
        while (i >= limit && !endsPart(text.charAt(i), false)) {
            i--;
        }
        return i >= 2 && i >= limit && text.startsWith("://", i - 2) ? i - 2 : -1;
    }

    /** Reports the password of {@code scheme://user:password@} with "://" at {@code at}, if it is one. */
    private static void reportAt(String text, int at, List<Finding> out) {
        int from = at + 3;
        if (at == 0 || !TextCursor.isAsciiAlphanumeric(text.charAt(at - 1))) {
            return;
        }
        int userEnd = partEnd(text, from, true);
        if (userEnd == from || userEnd >= text.length() || text.charAt(userEnd) != ':') {
            return;
        }
        int passwordStart = userEnd + 1;
        int passwordEnd = partEnd(text, passwordStart, false);
        if (passwordEnd == passwordStart || passwordEnd >= text.length() || text.charAt(passwordEnd) != '@') {
            return;
        }
        String password = text.substring(passwordStart, passwordEnd);
        if (!EXAMPLES.contains(password.toLowerCase(Locale.ROOT)) && !Placeholders.isPlaceholder(password)) {
            out.add(new Finding(passwordStart, passwordEnd, KIND));
        }
    }

    private static int partEnd(String text, int i, boolean user) {
        int limit = Math.min(text.length(), i + MAX_PART);
        int j = i;
        while (j < limit && !endsPart(text.charAt(j), user)) {
            j++;
        }
        return j;
    }

    /** Whether {@code c} ends a user ({@code user}) or a password: neither holds it. */
    private static boolean endsPart(char c, boolean user) {
        return c == '/' || c == '@' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>'
                || (user && c == ':');
    }
}
