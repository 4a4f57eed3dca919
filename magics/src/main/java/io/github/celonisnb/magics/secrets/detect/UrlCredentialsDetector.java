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

    @Override
    public void detect(String text, List<Finding> out) {
        int from = 0;
        int at;
        while ((at = text.indexOf("://", from)) >= 0) {
            from = at + 3;
            if (at == 0 || !TextCursor.isAsciiAlphanumeric(text.charAt(at - 1))) {
                continue;
            }
            int userEnd = partEnd(text, from, true);
            if (userEnd == from || userEnd >= text.length() || text.charAt(userEnd) != ':') {
                continue;
            }
            int passwordStart = userEnd + 1;
            int passwordEnd = partEnd(text, passwordStart, false);
            if (passwordEnd == passwordStart || passwordEnd >= text.length() || text.charAt(passwordEnd) != '@') {
                continue;
            }
            String password = text.substring(passwordStart, passwordEnd);
            if (!EXAMPLES.contains(password.toLowerCase(Locale.ROOT)) && !Placeholders.isPlaceholder(password)) {
                out.add(new Finding(passwordStart, passwordEnd, KIND));
                from = passwordEnd;
            }
        }
    }

    private static int partEnd(String text, int i, boolean user) {
        int limit = Math.min(text.length(), i + MAX_PART);
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            if (c == '/' || c == '@' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>'
                    || (user && c == ':')) {
                break;
            }
            j++;
        }
        return j;
    }
}
