package io.github.celonisnb.magics.secrets.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where a literal anchor occurs, within a bounded region, with word boundaries
 * checked by hand. {@link String#indexOf} finds the anchors, so text without them costs one fast pass (one for all
 * anchors that share a character), and the bounded region keeps every attempt short however long the text is.
 */
final class AnchoredPattern {

    /** Receives one match; returns where the search continues (usually {@code end}). */
    interface MatchHandler {
        int onMatch(int start, int end, Matcher matcher);
    }

    /**
     * Anchors found through one character they all hold, at its offset in each. {@code following} holds, when every
     * anchor goes on after that character, the ASCII characters that come next in some anchor: one look at the text's
     * next character then rules out most hits (the searched letter inside an ordinary word) before any anchor is
     * compared. Null when some anchor ends with the searched character. {@code alsoHeld} are the other characters
     * every anchor holds: a text without one of them holds no anchor, which one search from its start tells (where
     * the character is common, that search ends at once).
     */
    private record AnchorGroup(char searched, String[] anchors, int[] offsets, boolean[] following, char[] alsoHeld) {
    }

    private final AnchorGroup[] groups;
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
        this.groups = groupBySharedCharacter(List.of(anchors));
        this.pattern = Pattern.compile(regex);
        this.maxLength = maxLength;
        this.continuesToken = continuesToken;
    }

    /**
     * Groups the anchors so that each group's members share a character, choosing the rarest one that the most
     * anchors hold: one {@link String#indexOf(int)} pass per group (a vectorised scan) then finds them all.
     */
    private static AnchorGroup[] groupBySharedCharacter(List<String> anchors) {
        List<AnchorGroup> groups = new ArrayList<>();
        List<String> left = new ArrayList<>(anchors);
        while (!left.isEmpty()) {
            char best = 0;
            int bestCount = 0;
            for (String anchor : left) {
                for (char c : anchor.toCharArray()) {
                    int count = (int) left.stream().filter(a -> a.indexOf(c) >= 0).count();
                    boolean rarer = CharacterRarity.rank(c) > CharacterRarity.rank(best);
                    if (count > bestCount || (count == bestCount && rarer)) {
                        best = c;
                        bestCount = count;
                    }
                }
            }
            char searched = best;
            List<String> members = left.stream().filter(a -> a.indexOf(searched) >= 0).toList();
            groups.add(new AnchorGroup(searched, members.toArray(new String[0]),
                    members.stream().mapToInt(a -> a.indexOf(searched)).toArray(), following(members, searched),
                    heldByAll(members, searched)));
            left.removeAll(members);
        }
        return groups.toArray(new AnchorGroup[0]);
    }

    /** The ASCII characters right after {@code searched} in the anchors, or null when one does not go on (or not in ASCII). */
    private static boolean[] following(List<String> anchors, char searched) {
        boolean[] following = new boolean[128];
        for (String anchor : anchors) {
            int next = anchor.indexOf(searched) + 1;
            if (next >= anchor.length() || anchor.charAt(next) >= 128) {
                return null;
            }
            following[anchor.charAt(next)] = true;
        }
        return following;
    }

    /** The characters other than {@code searched} that every anchor holds. */
    private static char[] heldByAll(List<String> anchors, char searched) {
        return anchors.get(0).chars().distinct()
                .filter(c -> c != searched && anchors.stream().allMatch(a -> a.indexOf(c) >= 0))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
    }

    /** Calls the handler for each match in a text whose searches detectors share. */
    void forEachMatch(ScannedText scanned, MatchHandler handler) {
        String text = scanned.text();
        Matcher matcher = null;
        for (AnchorGroup group : groups) {
            if (scanned.lacksAny(group.searched(), group.alsoHeld())) {
                continue;
            }
            // Per anchor, where its next occurrence may start: a handler can skip past the text it consumed.
            int[] from = new int[group.anchors().length];
            boolean[] following = group.following();
            int hit = -1;
            while ((hit = scanned.indexOf(group.searched(), hit + 1)) >= 0) {
                if (following != null) {
                    char next = hit + 1 < text.length() ? text.charAt(hit + 1) : '\u0080';
                    if (next >= 128 || !following[next]) {
                        continue;
                    }
                }
                for (int k = 0; k < group.anchors().length; k++) {
                    int at = hit - group.offsets()[k];
                    if (at < from[k] || !text.startsWith(group.anchors()[k], at)) {
                        continue;
                    }
                    from[k] = at + 1;
                    if (at > 0 && continuesToken.test(text.charAt(at - 1)) && !TextCursor.endsWithAnsiCode(text, at)) {
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
                    from[k] = Math.max(from[k], handler.onMatch(at, end, matcher));
                }
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
