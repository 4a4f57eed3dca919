package io.github.celonisnb.magics.secrets.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every form of every known secret in the text, ignoring line breaks (so a value wrapped across lines is still
 * one match), and grows prefix and suffix anchors into the longest printed part of the value.
 */
final class KnownSecretMatcher {

    private enum Mode { WHOLE, PREFIX, SUFFIX }

    private record Target(String kind, Mode mode, int length, String full) {
    }

    private final WrappedLiteralSearch search;
    private final Target[] targets;

    KnownSecretMatcher(Collection<KnownSecret> secrets) {
        List<String> patterns = new ArrayList<>();
        List<Target> list = new ArrayList<>();
        for (KnownSecret secret : secrets) {
            for (SecretForm form : SecretForms.of(secret)) {
                String text = withoutLineBreaks(form.text());
                boolean partial = form.encoding() == SecretEncoding.PREFIX
                        || form.encoding() == SecretEncoding.SUFFIX;
                if (partial && text.length() <= SecretForms.MIN_PARTIAL) {
                    continue;
                }
                switch (form.encoding()) {
                    case PREFIX -> {
                        patterns.add(text.substring(0, SecretForms.MIN_PARTIAL));
                        list.add(new Target(secret.label(), Mode.PREFIX, SecretForms.MIN_PARTIAL, text));
                    }
                    case SUFFIX -> {
                        patterns.add(text.substring(text.length() - SecretForms.MIN_PARTIAL));
                        list.add(new Target(secret.label(), Mode.SUFFIX, SecretForms.MIN_PARTIAL, text));
                    }
                    default -> {
                        if (text.isEmpty()) {
                            continue;
                        }
                        patterns.add(text);
                        list.add(new Target(secret.label(), Mode.WHOLE, text.length(), text));
                    }
                }
            }
        }
        this.search = new WrappedLiteralSearch(patterns);
        this.targets = list.toArray(new Target[0]);
    }

    boolean isEmpty() {
        return targets.length == 0;
    }

    void find(ScannedText scanned, List<Finding> out) {
        if (targets.length == 0) {
            return;
        }
        String text = scanned.text();
        List<Match> matches = new ArrayList<>();
        search.find(scanned, (hit, start, end) -> {
            Target target = targets[hit];
            switch (target.mode) {
                case WHOLE -> matches.add(new Match(new Finding(start, end, target.kind), true));
                case PREFIX -> matches.add(new Match(
                        new Finding(start, extendForward(text, end, target), target.kind), false));
                case SUFFIX -> matches.add(new Match(
                        new Finding(extendBackward(text, start, target), end, target.kind), false));
            }
        });
        // The search reports anchor by anchor, in an order that depends on the text; the scanner's merge names a
        // stretch after its first finding. That is made the one that starts first, among equal starts the longest,
        // as the registry names it, and among equal stretches a whole value before another value's printed prefix
        // or suffix: a value printed whole keeps its own label when a longer one begins or ends with it.
        matches.sort(Comparator.comparingInt((Match m) -> m.finding().start())
                .thenComparing(Comparator.comparingInt((Match m) -> m.finding().end()).reversed())
                .thenComparing(m -> !m.whole()));
        for (Match match : matches) {
            out.add(match.finding());
        }
    }

    /** A finding, and whether it is a whole value rather than the printed part of one. */
    private record Match(Finding finding, boolean whole) {
    }

    /** Index after the last character that continues the value beyond the prefix anchor ending before {@code from}. */
    private static int extendForward(String text, int from, Target target) {
        int end = from;
        int k = target.length;
        int j = from;
        while (k < target.full.length()) {
            while (j < text.length() && isLineBreak(text.charAt(j))) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) != target.full.charAt(k)) {
                break;
            }
            j++;
            k++;
            end = j;
        }
        return end;
    }

    /** Index of the first character that continues the value before the suffix anchor starting at {@code start}. */
    private static int extendBackward(String text, int start, Target target) {
        int begin = start;
        int k = target.full.length() - target.length - 1;
        int j = start - 1;
        while (k >= 0) {
            while (j >= 0 && isLineBreak(text.charAt(j))) {
                j--;
            }
            if (j < 0 || text.charAt(j) != target.full.charAt(k)) {
                break;
            }
            begin = j;
            j--;
            k--;
        }
        return begin;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static String withoutLineBreaks(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isLineBreak(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
