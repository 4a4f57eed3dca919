package io.github.celonisnb.magics.secrets.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds and redacts secrets in decoded text: every form of the known secrets it was built with, plus the shapes of
 * keys whose value is unknown. Immutable and thread-safe; build a new one when the set of known secrets changes.
 *
 * <p>Findings are merged: overlapping or touching ranges become one, labelled with the kind of the most specific
 * finding among them (a known secret's label first, then the detectors in the order given). The cost is linear in the
 * text: one pass for all known forms, and for each detector a literal prefilter plus bounded work per candidate.
 */
public final class SecretScanner {

    /** Shorter text cannot hold any secret a detector or a known form reports. */
    private static final int MIN_TEXT = 8;

    private static final int KNOWN_RANK = -1;

    private final KnownSecretMatcher known;
    private final List<SecretDetector> detectors;
    private final int knownCount;

    /** A scanner for the given known secrets and the {@linkplain #defaultDetectors() default shape detectors}. */
    public SecretScanner(Collection<KnownSecret> knownSecrets) {
        this(knownSecrets, defaultDetectors());
    }

    /** A scanner for the given known secrets and shape detectors; earlier detectors win when findings overlap. */
    public SecretScanner(Collection<KnownSecret> knownSecrets, List<SecretDetector> detectors) {
        this.known = new KnownSecretMatcher(List.copyOf(knownSecrets));
        this.detectors = List.copyOf(detectors);
        this.knownCount = knownSecrets.size();
    }

    /** A scanner that knows no values and finds secrets by shape only, as {@code check} does without key files. */
    public static SecretScanner shapesOnly() {
        return new SecretScanner(List.of());
    }

    /** Every shape detector, most specific first. */
    public static List<SecretDetector> defaultDetectors() {
        return List.of(
                new CelonisKeyDetector(),
                new CelonisDecodedKeyDetector(),
                new PrivateKeyBlockDetector(),
                new AwsAccessKeyIdDetector(),
                new GitHubTokenDetector(),
                new OpenAiKeyDetector(),
                new SlackTokenDetector(),
                new JwtDetector(),
                new AuthorizationHeaderDetector(),
                new UrlCredentialsDetector(),
                new SecretAssignmentDetector());
    }

    /** How many known secrets this scanner looks for. */
    public int knownSecretCount() {
        return knownCount;
    }

    /**
     * The secrets in {@code text}, sorted, merged and non-overlapping. Redacting them leaves nothing this scanner
     * finds: where a redaction uncovers a new finding (a credential whose value was glued to other text shows up as a
     * short token once part of it is a mark), that finding joins the result.
     */
    public List<Finding> scan(String text) {
        return scan(new ScannedText(text));
    }

    /** {@link #scan(String)} on a text whose character searches the caller shares with its own. */
    public List<Finding> scan(ScannedText text) {
        return settled(text.text(), scanOnce(text));
    }

    private List<Finding> scanOnce(String text) {
        return scanOnce(new ScannedText(text));
    }

    private List<Finding> scanOnce(ScannedText text) {
        if (text.text().length() < MIN_TEXT) {
            return List.of();
        }
        Collector collector = new Collector();
        collect(text, collector);
        return collector.merged();
    }

    /** Rounds at most of re-scanning redacted text; one is all any known case needs. */
    private static final int SETTLING_ROUNDS = 3;

    /** {@code found} grown by whatever a scan of the text redacted with it still finds, in original positions. */
    private List<Finding> settled(String text, List<Finding> found) {
        List<Finding> current = found;
        for (int round = 0; round < SETTLING_ROUNDS && !current.isEmpty(); round++) {
            List<Finding> uncovered = scanOnce(redact(text, current));
            if (uncovered.isEmpty()) {
                return current;
            }
            List<Finding> all = new ArrayList<>(current);
            for (Finding f : uncovered) {
                all.add(new Finding(originalPosition(f.start(), current), originalPosition(f.end(), current),
                        f.kind()));
            }
            current = mergedInOrder(all);
        }
        return current;
    }

    /**
     * Where a position in the text redacted with {@code findings} lies in the original text; a position inside a
     * mark (or at either of its ends) maps to the end of the stretch the mark replaced, or its start when it is the
     * mark's first character.
     */
    private static int originalPosition(int redactedPosition, List<Finding> findings) {
        int shift = 0;
        for (Finding finding : findings) {
            int markStart = finding.start() + shift;
            int markEnd = markStart + RedactionMark.of(finding.kind()).length();
            if (redactedPosition <= markStart) {
                return redactedPosition - shift;
            }
            if (redactedPosition <= markEnd) {
                return finding.end();
            }
            shift = markEnd - finding.end();
        }
        return redactedPosition - shift;
    }

    /** Sorted and merged where ranges overlap or touch; a merged stretch keeps the kind of its first finding. */
    private static List<Finding> mergedInOrder(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Finding> out = new ArrayList<>();
        Finding current = sorted.get(0);
        for (Finding next : sorted.subList(1, sorted.size())) {
            if (next.start() <= current.end()) {
                current = new Finding(current.start(), Math.max(current.end(), next.end()), current.kind());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return List.copyOf(out);
    }

    /**
     * The secrets in the value of a named field, such as a JSON member {@code "password": "bar"}: everything
     * {@link #scan} finds, plus the whole value when the name says it is a secret ({@code password}, {@code api_token},
     * {@code client_secret}, ...) and the credential when the name is {@code Authorization}.
     */
    public List<Finding> scanField(String name, String value) {
        Collector collector = new Collector();
        if (value.length() >= MIN_TEXT) {
            collect(new ScannedText(value), collector);
        }
        int rank = detectors.size();
        if (SecretNames.isAuthorizationHeader(name)) {
            AuthorizationHeaderDetector.detectHeaderValue(value, collector.findings);
        } else {
            SecretNames.NameClass nameClass = SecretNames.classify(name);
            if (nameClass != SecretNames.NameClass.NONE && SecretNames.acceptsValue(nameClass, value, true)) {
                collector.findings.add(new Finding(0, value.length(), SecretAssignmentDetector.KIND));
            }
        }
        collector.rankNew(rank);
        return settled(value, collector.merged());
    }

    /** {@code text} with every secret replaced by its {@linkplain RedactionMark redaction mark}. */
    public String redact(String text) {
        return redact(text, scan(text));
    }

    /**
     * {@code text} with the given findings replaced by redaction marks. The findings must be sorted and
     * non-overlapping, as {@link #scan} and {@link #scanField} return them.
     */
    public static String redact(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding finding : findings) {
            if (finding.start() < at || finding.end() > text.length()) {
                throw new IllegalArgumentException("Findings must be sorted, non-overlapping and inside the text");
            }
            out.append(text, at, finding.start()).append(RedactionMark.of(finding.kind()));
            at = finding.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The shape detectors run before the known values are looked for: the characters they find missing from the text
     * rule out most forms of a key before any search is made for them. The order of collection names nothing; the
     * ranks do.
     */
    private void collect(ScannedText scanned, Collector collector) {
        for (int d = 0; d < detectors.size(); d++) {
            SecretDetector detector = detectors.get(d);
            if (detector.mayOccurIn(scanned)) {
                detector.detect(scanned, collector.findings);
            }
            collector.rankNew(d);
        }
        known.find(scanned, collector.findings);
        collector.rankNew(KNOWN_RANK);
    }

    /** Raw findings with the rank of the source that reported each; lower ranks name merged findings. */
    private static final class Collector {
        final List<Finding> findings = new ArrayList<>();
        private final List<Integer> ranks = new ArrayList<>();

        void rankNew(int rank) {
            while (ranks.size() < findings.size()) {
                ranks.add(rank);
            }
        }

        List<Finding> merged() {
            int n = findings.size();
            if (n == 0) {
                return List.of();
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer i) -> findings.get(i).start())
                    .thenComparingInt(i -> ranks.get(i)));
            List<Finding> out = new ArrayList<>();
            Finding current = findings.get(order[0]);
            int currentRank = ranks.get(order[0]);
            for (int k = 1; k < n; k++) {
                Finding next = findings.get(order[k]);
                int nextRank = ranks.get(order[k]);
                if (next.start() <= current.end()) {
                    String kind = nextRank < currentRank ? next.kind() : current.kind();
                    currentRank = Math.min(currentRank, nextRank);
                    current = new Finding(current.start(), Math.max(current.end(), next.end()), kind);
                } else {
                    out.add(current);
                    current = next;
                    currentRank = nextRank;
                }
            }
            out.add(current);
            return List.copyOf(out);
        }
    }
}
