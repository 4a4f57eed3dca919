package io.github.celonisnb.magics.secrets.detect;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where a literal anchor occurs, within a bounded region, with word boundaries
 * checked by hand. {@link String#indexOf} finds the anchors, so text without them costs one fast pass, and the
 * bounded region keeps every attempt short however long the text is.
 */
final class AnchoredPattern {

    /** Receives one match; returns where the search continues (usually {@code end}). */
    interface MatchHandler {
        int onMatch(int start, int end, Matcher matcher);
    }

    private final String[] anchors;
    private final Pattern pattern;
    private final int maxLength;
    private final IntPredicate continuesToken;

    /**
     * @param anchors        literals the match starts with
     * @param regex          the expression, matched from the anchor; use possessive quantifiers
     * @param maxLength      the longest possible match
     * @param continuesToken characters that may not touch the match on either side
     */
    AnchoredPattern(String[] anchors, String regex, int maxLength, IntPredicate continuesToken) {
        this.anchors = anchors.clone();
        this.pattern = Pattern.compile(regex);
        this.maxLength = maxLength;
        this.continuesToken = continuesToken;
    }

    void forEachMatch(String text, MatchHandler handler) {
        Matcher matcher = null;
        for (String anchor : anchors) {
            int from = 0;
            int at;
            while ((at = text.indexOf(anchor, from)) >= 0) {
                from = at + 1;
                if (at > 0 && continuesToken.test(text.charAt(at - 1))) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text);
                    matcher.useTransparentBounds(true);
                    matcher.useAnchoringBounds(false);
                }
                matcher.region(at, Math.min(text.length(), at + maxLength));
                if (!matcher.lookingAt()) {
                    continue;
                }
                int end = matcher.end();
                if (end < text.length() && continuesToken.test(text.charAt(end))) {
                    continue;
                }
                from = Math.max(from, handler.onMatch(at, end, matcher));
            }
        }
    }

    static boolean isAlphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(int c) {
        return isAlphanumeric(c) || c == '_';
    }

    static boolean isBase64UrlChar(int c) {
        return isAlphanumeric(c) || c == '_' || c == '-';
    }
}
