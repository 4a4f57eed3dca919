package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scanner's shortcuts (skipping to long base64 runs, one anchor character per known form, one search for anchors
 * that share a character, searches shared among detectors, colons left out) find exactly what a plain scan of every
 * position finds.
 */
class FastPathPropertyTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";

    @Provide
    Arbitrary<String> base64Texts() {
        Arbitrary<String> run = Arbitraries.strings().withChars(BASE64).ofMinLength(0).ofMaxLength(140);
        Arbitrary<String> key = Arbitraries.longs().map(seed -> TestKeys.celonisKey(new Random(seed)));
        Arbitrary<String> separator = Arbitraries.of(" ", "\n", "=", "\"", ":", ".", "\u00e9");
        Arbitrary<String> piece = Arbitraries.oneOf(run, key, separator,
                Combinators.combine(run, key).as((r, k) -> r + k), Combinators.combine(key, run).as((k, r) -> k + r));
        return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void celonisKeysAreFoundAsByTryingEveryPosition(@ForAll("base64Texts") String text) {
        List<Finding> fast = new ArrayList<>();
        new CelonisKeyDetector().detect(text, fast);
        List<Finding> everyPosition = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (CelonisKeyShape.canStartEncodedKey(text.charAt(i))) {
                int end = CelonisKeyShape.encodedKeyEnd(text, i);
                if (end > 0) {
                    everyPosition.add(new Finding(i, end, CelonisKeyDetector.KIND));
                }
            }
        }
        assertEquals(everyPosition, fast);
    }

    @Provide
    Arbitrary<List<Integer>> breaks() {
        return Arbitraries.integers().between(0, 200).list().ofMaxSize(6);
    }

    /** A known key broken by line breaks at any places, even right after its first character, is still redacted. */
    @Property(tries = 500)
    void aKnownKeyIsFoundWhereverLineBreaksFallInIt(@ForAll long seed, @ForAll("breaks") List<Integer> breaks,
                                                   @ForAll boolean crlf) {
        String key = TestKeys.celonisKey(new Random(seed));
        StringBuilder broken = new StringBuilder(key);
        breaks.stream().map(b -> 1 + b % (key.length() - 1)).distinct().sorted((a, b) -> b - a)
                .forEach(at -> broken.insert((int) at, crlf ? "\r\n" : "\n"));
        // Shape detection would find an unbroken key anyway; only the known-secret search reads across breaks.
        SecretScanner scanner = new SecretScanner(List.of(new KnownSecret("celonis-app-key", key)), List.of());
        String text = "key = " + broken + " end";
        assertEquals("key = [REDACTED celonis-app-key] end", scanner.redact(text));
    }

    @Provide
    Arbitrary<String> tokenTexts() {
        Arbitrary<String> token = Arbitraries.of("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-")
                .map(prefix -> prefix + "1234567890-abcdefghijklmn");
        Arbitrary<String> github = Arbitraries.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")
                .map(prefix -> prefix + "abcdefghijklmnopqrstuvwxyz0123456789AB");
        Arbitrary<String> aws = Arbitraries.of("AKIA", "ASIA", "ABIA", "ACCA").map(prefix -> prefix + "QWERTYUIOP234567");
        Arbitrary<String> noise = Arbitraries.strings().withChars("xoAKSIghp_- ").ofMaxLength(6);
        return Arbitraries.oneOf(token, github, aws, noise, Arbitraries.of(" ")).list().ofMaxSize(8)
                .map(parts -> String.join(" ", parts));
    }

    /** Anchors that share a character are found in one search, each as often as it occurs. */
    @Property(tries = 500)
    void everyAnchorOfAGroupIsFoundAsOftenAsItOccurs(@ForAll("tokenTexts") String text) {
        int expected = 0;
        for (String prefix : new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-", "ghp_", "gho_",
            "ghu_", "ghs_", "ghr_", "AKIA", "ASIA", "ABIA", "ACCA"}) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                boolean token = text.startsWith(prefix + (prefix.startsWith("x") ? "1234567890-abcdefghijklmn"
                        : prefix.startsWith("gh") ? "abcdefghijklmnopqrstuvwxyz0123456789AB" : "QWERTYUIOP234567"), at);
                boolean alone = (at == 0 || text.charAt(at - 1) == ' ');
                int end = at + prefix.length() + (prefix.startsWith("x") ? 25 : prefix.startsWith("gh") ? 38 : 16);
                alone &= end == text.length() || (end < text.length() && text.charAt(end) == ' ');
                expected += token && alone ? 1 : 0;
            }
        }
        List<Finding> found = new ArrayList<>();
        new SlackTokenDetector().detect(text, found);
        new GitHubTokenDetector().detect(text, found);
        new AwsAccessKeyIdDetector().detect(text, found);
        assertEquals(expected, found.size(), text);
    }

    @Provide
    Arbitrary<List<String>> patternSets() {
        return Arbitraries.strings().withChars("abc-\u00e9").ofMinLength(1).ofMaxLength(16).list().ofMinSize(1)
                .ofMaxSize(6);
    }

    /** Noise of the patterns' letters, line breaks and a non-ASCII letter. */
    @Provide
    Arbitrary<String> lineBrokenTexts() {
        return Arbitraries.strings().withChars("abc-\n\r\u00e9").ofMaxLength(120);
    }

    /** The patterns planted in noise, each with LF or CRLF line breaks at random places in it. */
    private static String planted(List<String> patterns, String noise, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(noise);
        for (String pattern : patterns) {
            StringBuilder wrapped = new StringBuilder(pattern);
            for (int b = pattern.length() < 2 ? 0 : random.nextInt(4); b > 0; b--) {
                wrapped.insert(1 + random.nextInt(pattern.length() - 1), random.nextBoolean() ? "\n" : "\r\n");
            }
            text.insert(random.nextInt(text.length() + 1), wrapped);
        }
        return text.toString();
    }

    /**
     * The search through one anchor per pattern, chosen from a sample of the text, finds what trying every pattern at
     * every position finds, reading over line breaks: the same occurrences, with the same starts and ends. Patterns of
     * few letters and text of the same letters with line breaks make occurrences, wrapped and overlapping ones among
     * them, common, and make every character common enough to be passed over as an anchor.
     */
    @Property(tries = 3000)
    void theAnchoredSearchFindsWhatTryingEveryPositionFinds(@ForAll("patternSets") List<String> patterns,
                                                            @ForAll("lineBrokenTexts") String noise,
                                                            @ForAll long seed) {
        String text = planted(patterns, noise, seed);
        List<String> found = new ArrayList<>();
        new WrappedLiteralSearch(patterns).find(text, (p, start, end) -> found.add(p + "@" + start + "-" + end));
        found.sort(null);
        assertEquals(everyPosition(patterns, text), found, text);
    }

    /**
     * On a text that other searches have already gone over, as the scanner's detectors go over it before the known
     * values are looked for, the search still finds every occurrence: a pattern is only passed over when one of its
     * characters was searched for and found missing, and then it cannot occur. The characters searched first include
     * some of the patterns' own, which short noise often lacks, and two it always lacks.
     */
    @Property(tries = 2000)
    void theSearchFindsTheSameOnATextThatOtherSearchesWentOver(@ForAll("patternSets") List<String> patterns,
                                                              @ForAll("lineBrokenTexts") String noise,
                                                              @ForAll long seed,
                                                              @ForAll("searchedFirst") String searchedFirst) {
        String text = planted(patterns, noise, seed);
        ScannedText shared = new ScannedText(text);
        for (char c : searchedFirst.toCharArray()) {
            shared.indexOf(c, 0);
        }
        List<String> found = new ArrayList<>();
        new WrappedLiteralSearch(patterns).find(shared, (p, start, end) -> found.add(p + "@" + start + "-" + end));
        found.sort(null);
        assertEquals(everyPosition(patterns, text), found, text + " after searches for " + searchedFirst);
    }

    @Provide
    Arbitrary<String> searchedFirst() {
        return Arbitraries.strings().withChars("abc-\u00e9xz").ofMaxLength(7);
    }

    private static List<String> everyPosition(List<String> patterns, String text) {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            for (int start = 0; start < text.length(); start++) {
                int j = start;
                int q = 0;
                while (q < pattern.length() && j < text.length()) {
                    char c = text.charAt(j);
                    if ((c == '\n' || c == '\r') && q > 0) {
                        j++;
                    } else if (c == pattern.charAt(q)) {
                        j++;
                        q++;
                    } else {
                        break;
                    }
                }
                if (q == pattern.length()) {
                    found.add(p + "@" + start + "-" + j);
                }
            }
        }
        found.sort(null);
        return found;
    }

    @Provide
    Arbitrary<String> urlTexts() {
        Arbitrary<String> piece = Arbitraries.of("postgresql", "://", ":", "@", "/", " ", "\"", "analyst", "s3cret",
                "db", "x", "a:b", "12:30:00", "\n", "@host", "mongodb+srv://");
        return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    /** The '@'-anchored URL search reports what reading forward from every "://" reports. */
    @Property(tries = 2000)
    void urlCredentialsAreFoundAsFromEverySchemeSeparator(@ForAll("urlTexts") String text) {
        List<Finding> fast = new ArrayList<>();
        new UrlCredentialsDetector().detect(text, fast);
        List<Finding> forward = new ArrayList<>();
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 1)) {
            if (at == 0 || !TextCursor.isAsciiAlphanumeric(text.charAt(at - 1))) {
                continue;
            }
            int userEnd = at + 3;
            while (userEnd < text.length() && "/@\"'<>: \n".indexOf(text.charAt(userEnd)) < 0) {
                userEnd++;
            }
            if (userEnd == at + 3 || userEnd >= text.length() || text.charAt(userEnd) != ':') {
                continue;
            }
            int passwordEnd = userEnd + 1;
            while (passwordEnd < text.length() && "/@\"'<> \n".indexOf(text.charAt(passwordEnd)) < 0) {
                passwordEnd++;
            }
            if (passwordEnd > userEnd + 1 && passwordEnd < text.length() && text.charAt(passwordEnd) == '@'
                    && !Placeholders.isPlaceholder(text.substring(userEnd + 1, passwordEnd))) {
                forward.add(new Finding(userEnd + 1, passwordEnd, UrlCredentialsDetector.KIND));
            }
        }
        assertEquals(forward, fast, text);
    }

    @Provide
    Arbitrary<String> capitalTexts() {
        Arbitrary<String> id = Arbitraries.of("AKIA", "ASIA", "ABIA", "ACCA", "AKIB")
                .flatMap(prefix -> Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").ofLength(16)
                        .map(rest -> prefix + rest));
        Arbitrary<String> capitals = Arbitraries.strings().withChars("AKISBC0189XYZ").ofMaxLength(30);
        Arbitrary<String> other = Arbitraries.of(" ", "x", "\u001b[31m", "\u001b[2K", "\u001b[1A", "_", "\n",
                "EXAMPLE", "AKIAIOSFODNN7EXAMPLE");
        return Arbitraries.oneOf(id, capitals, other).list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /** The search for each capital A finds the access key ids that trying every position finds. */
    @Property(tries = 3000)
    void awsAccessKeyIdsAreFoundAsByTryingEveryPosition(@ForAll("capitalTexts") String text) {
        List<Finding> fast = new ArrayList<>();
        new AwsAccessKeyIdDetector().detect(text, fast);
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}");
        List<Finding> everyPosition = new ArrayList<>();
        for (int at = 0; at + 20 <= text.length(); at++) {
            boolean alone = at == 0 || !AnchoredPattern.isAlphanumeric(text.charAt(at - 1))
                    || TextCursor.endsWithAnsiCode(text, at);
            boolean ends = at + 20 == text.length() || !AnchoredPattern.isAlphanumeric(text.charAt(at + 20));
            if (alone && ends && id.matcher(text.substring(at, at + 20)).matches()
                    && !text.startsWith("EXAMPLE", at + 13)) {
                everyPosition.add(new Finding(at, at + 20, AwsAccessKeyIdDetector.KIND));
            }
        }
        assertEquals(everyPosition, fast, text);
    }

    @Provide
    Arbitrary<String> privateKeyTexts() {
        return Arbitraries.of("PRIVATE", "PRIVATE ", "KEY", "K", "KE", "PRIVATE KEY", "RSA ", " ", "\n", "x")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    /** The search through the phrase's 'K' says what a search for the whole phrase says. */
    @Property(tries = 2000)
    void aPrivateKeyIsMentionedWhereThePhraseOccurs(@ForAll("privateKeyTexts") String text) {
        assertEquals(text.contains("PRIVATE KEY"), PrivateKeyBlockDetector.mentionsPrivateKey(text), text);
    }

    @Provide
    Arbitrary<String> sparseTexts() {
        return Arbitraries.strings().withChars("ab:_K\n\u00e9\u212a").ofMaxLength(60);
    }

    /**
     * The shared searches give what {@link String#indexOf(int, int)} gives, whatever the order of the questions: a
     * remembered first occurrence answers only the questions it can answer.
     */
    @Property(tries = 2000)
    void sharedSearchesAnswerAsIndexOf(@ForAll("sparseTexts") String text, @ForAll long seed) {
        ScannedText scanned = new ScannedText(text);
        Random random = new Random(seed);
        String asked = "ab:_K\u00e9\u212az";
        for (int q = 0; q < 40; q++) {
            char c = asked.charAt(random.nextInt(asked.length()));
            int from = random.nextInt(text.length() + 2) - 1;
            assertEquals(text.indexOf(c, from), scanned.indexOf(c, from), c + " from " + from + " in " + text);
        }
    }

    @Provide
    Arbitrary<String> colonTexts() {
        Arbitrary<String> piece = Arbitraries.of("22:13:20", "12:", ":", "password:", "a1:", "x: ", "\"k\":",
                "0f8c1a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b:", "0f8c1a2e-3b4d-4e5f-8a9b-0c1d2e3f4a50:", "7", " ",
                "\u001b7:", "\u001b)0:");
        return piece.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /** The colons kept are every colon but those right after a digit where no uuid or escape code ends. */
    @Property(tries = 1000)
    void colonsAfterADigitAreLeftOutUnlessAUuidOrAnEscapeCodeEndsThere(@ForAll("colonTexts") String text) {
        List<Integer> expected = new ArrayList<>();
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            boolean afterDigit = i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean escapeEnds = i >= 2 && text.charAt(i - 2) == '\u001b'
                    || i >= 3 && text.charAt(i - 3) == '\u001b' && text.charAt(i - 2) == ')';
            if (!afterDigit || escapeEnds || CelonisKeyShape.uuidColonAt(text, i - CelonisKeyShape.UUID_LENGTH)) {
                expected.add(i);
            }
        }
        ColonPositions colons = ColonPositions.of(text);
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < colons.count(); k++) {
            kept.add(colons.at(k));
        }
        assertEquals(expected, kept, text);
    }

    @Example
    void aTimeStampsColonsAreLeftOutAndAUuidsAndANamesKept() {
        String text = "at 22:13:20 key: 0f8c1a2e-3b4d-4e5f-8a9b-0c1d2e3f4a50:x";
        ColonPositions colons = ColonPositions.of(text);
        assertEquals(2, colons.count());
        assertEquals(text.indexOf("key:") + 3, colons.at(0));
        assertEquals(text.lastIndexOf(':'), colons.at(1));
    }
}
