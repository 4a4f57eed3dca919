package io.github.celonisnb.magics.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.celonisnb.magics.secrets.detect.Finding;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.RedactionMark;
import io.github.celonisnb.magics.secrets.detect.ScannedText;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;

/**
 * The secrets in play in one kernel, and the redaction of their every occurrence in text.
 *
 * <p>Each registered value is known in several forms: raw, JSON-escaped (with and without {@code \/}) and
 * URL-encoded (upper- and lower-case hex, and form encoding). {@link #redact(String)} replaces every
 * occurrence of every form by {@code [REDACTED <label>]}; where matches overlap, the longest decides the
 * label and the whole stretch is replaced.
 *
 * <p>Thread-safe: registration swaps in a new immutable set, and readers never lock. Redaction returns its
 * argument untouched, without copying, when nothing is registered or nothing matches, because it sits on
 * every byte of kernel output.
 */
public final class SecretRegistry {

    /** Shorter values would hide ordinary words; keys are far longer. */
    public static final int MINIMUM_SECRET_LENGTH = 4;

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private volatile RegisteredSecrets secrets = RegisteredSecrets.EMPTY;
    private final List<KnownSecret> known = new ArrayList<>();
    private volatile SecretScanner scanner = new SecretScanner(List.of());

    /**
     * Registers a key, e.g. with label {@code celonis-app-key} or {@code celonis-user-key}.
     *
     * @throws IllegalArgumentException when the label is not 1 to 64 letters, digits, dots, dashes or
     *     underscores
     */
    public void register(ApiKey key, String label) {
        Objects.requireNonNull(key, "key");
        registerValue(key.reveal(), label);
    }

    /**
     * Registers any secret value, e.g. a password with label {@code secret}. Registering a value again
     * keeps its first label.
     *
     * @throws IllegalArgumentException when the value is shorter than {@value #MINIMUM_SECRET_LENGTH}
     *     characters or the label is not 1 to 64 letters, digits, dots, dashes or underscores
     */
    public void registerValue(String value, String label) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("A secret's label must be 1 to 64 letters, digits, dots, dashes"
                    + " or underscores, starting with a letter or digit, e.g. celonis-app-key");
        }
        if (value.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("A secret must be at least " + MINIMUM_SECRET_LENGTH
                    + " characters long to be redacted without hiding ordinary text (this one has "
                    + value.length() + ")");
        }
        synchronized (this) {
            secrets = secrets.plus(value, label);
            if (value.length() >= KnownSecret.MIN_LENGTH) {
                known.add(new KnownSecret(scannerLabel(label), value));
                scanner = new SecretScanner(List.copyOf(known));
            }
        }
    }

    /** The scanner's labels are lower case with dashes; ours may also hold capitals and underscores. */
    private static String scannerLabel(String label) {
        return label.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Redacts what {@link #redact} does, and beyond it every other encoded form of the registered values
     * (base64, HTML-escaped, JSON unicode escapes, a printed prefix or suffix, the decoded parts of a Celonis
     * key) and every secret recognised by its shape alone (Celonis keys, Authorization headers, AWS,
     * GitHub, OpenAI and Slack tokens, JWTs, private key blocks). This is what leaves the kernel.
     */
    public String redactEverything(String text) {
        String known = redact(text);
        String shaped = scanner.redact(known);
        return shaped.equals(known) ? known : shaped;
    }

    /**
     * {@code text} redacted as {@link #redactEverything(String)} does, as the continuation of {@code context}: a
     * secret that starts in the context and goes on in the text (a key printed in two writes, the value after an
     * {@code Authorization: Bearer } or {@code password = } written before) is found, and its part in the text
     * replaced. The context is only read, never returned. Returns {@code text} itself when nothing in it is secret.
     */
    public String redactEverything(String context, String text) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        if (context.isEmpty()) {
            return redactEverything(text);
        }
        String joined = context + text;
        int boundary = context.length();
        // One shared text: the registry and the scanner search it for many of the same characters. The scanner goes
        // first, since the characters its detectors find missing rule out most registered forms without a search.
        ScannedText scanned = new ScannedText(joined);
        List<Finding> shaped = scanner.scan(scanned);
        List<Finding> found = new ArrayList<>(secrets.findings(scanned));
        found.addAll(shaped);
        // Known values first among equal starts, so their label names the merged stretch.
        found.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = null;
        int copied = boundary;
        int i = 0;
        while (i < found.size()) {
            Finding merged = found.get(i++);
            while (i < found.size() && found.get(i).start() <= merged.end()) {
                merged = new Finding(merged.start(), Math.max(merged.end(), found.get(i).end()), merged.kind());
                i++;
            }
            if (merged.end() <= boundary) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(joined, copied, Math.max(copied, merged.start())).append(RedactionMark.of(merged.kind()));
            copied = merged.end();
        }
        return out == null ? text : out.append(joined, copied, joined.length()).toString();
    }

    /**
     * The text with every occurrence of every registered form replaced by {@code [REDACTED <label>]}; the
     * argument itself when there is nothing to replace.
     */
    public String redact(String text) {
        Objects.requireNonNull(text, "text");
        return secrets.redact(text);
    }

    /** Whether the text holds any registered form of any secret. */
    public boolean containsSecret(String text) {
        Objects.requireNonNull(text, "text");
        return secrets.containsAny(text);
    }

    /** The length in characters of the longest registered form, or 0 when nothing is registered. */
    public int longestForm() {
        return secrets.longestForm();
    }

    /** Whether nothing is registered. */
    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** The current set of forms, for a caller that needs several operations over one consistent set. */
    RegisteredSecrets snapshot() {
        return secrets;
    }

    /** Counts only, never values. */
    @Override
    public String toString() {
        return "SecretRegistry[" + (isEmpty() ? "empty" : "longest form " + longestForm() + " chars") + "]";
    }
}
