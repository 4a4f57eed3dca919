package io.github.celonisnb.magics.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.celonisnb.magics.secrets.detect.CharacterRarity;
import io.github.celonisnb.magics.secrets.detect.Finding;
import io.github.celonisnb.magics.secrets.detect.ScannedText;

/**
 * An immutable set of secret forms and their labels, with the matching that {@link SecretRegistry} and
 * {@link RedactingOutputStream} share. A registry swaps in a new instance on every registration, so a reader
 * always works on one consistent set.
 *
 * <p>Overlapping matches are merged into one redacted span, labelled by the longest match in it, so that no
 * part of any secret survives between two redactions.
 */
final class RegisteredSecrets {

    static final RegisteredSecrets EMPTY = new RegisteredSecrets(List.of());

    /** One way a secret is written, and the label it is redacted with. */
    record Form(String text, String label) {
    }

    /** A stretch of text to be replaced, {@code [start, end)}. */
    record Span(int start, int end, String label) {
    }

    private static final Comparator<Form> LONGEST_FIRST =
            Comparator.comparingInt((Form f) -> f.text().length()).reversed();

    private final List<Form> forms;
    private final int longestForm;
    /**
     * The characters searched for, and the forms found through each with the index of that character in them: a
     * form is found through its rarest character, so that printed text seldom stops the search where no form is.
     */
    private final char[] anchors;
    private final Form[][] formsByAnchor;
    private final int[][] anchorOffsets;
    /** For each anchor, the distinct characters of each of its forms, to rule a form out without a search. */
    private final char[][][] formCharacters;

    private RegisteredSecrets(List<Form> forms) {
        this.forms = forms;
        this.longestForm = forms.isEmpty() ? 0 : forms.get(0).text().length();
        Map<Character, List<Form>> byAnchor = new LinkedHashMap<>();
        Map<Character, List<Integer>> offsets = new LinkedHashMap<>();
        for (Form form : forms) {
            int rarest = CharacterRarity.rarestIndex(form.text());
            char anchor = form.text().charAt(rarest);
            byAnchor.computeIfAbsent(anchor, c -> new ArrayList<>()).add(form);
            offsets.computeIfAbsent(anchor, c -> new ArrayList<>()).add(rarest);
        }
        this.anchors = new char[byAnchor.size()];
        this.formsByAnchor = new Form[byAnchor.size()][];
        this.anchorOffsets = new int[byAnchor.size()][];
        this.formCharacters = new char[byAnchor.size()][][];
        int g = 0;
        for (Map.Entry<Character, List<Form>> e : byAnchor.entrySet()) {
            anchors[g] = e.getKey();
            formsByAnchor[g] = e.getValue().toArray(new Form[0]);
            anchorOffsets[g] = offsets.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray();
            formCharacters[g] = e.getValue().stream()
                    .map(f -> CharacterRarity.distinctRarestFirst(f.text()))
                    .toArray(char[][]::new);
            g++;
        }
    }


    /** A new set that also holds every form of {@code value}; forms already present keep their label. */
    RegisteredSecrets plus(String value, String label) {
        List<Form> grown = new ArrayList<>(forms);
        for (String text : SecretEncodings.formsOf(value)) {
            if (grown.stream().noneMatch(f -> f.text().equals(text))) {
                grown.add(new Form(text, label));
            }
        }
        grown.sort(LONGEST_FIRST);
        return new RegisteredSecrets(List.copyOf(grown));
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    int longestForm() {
        return longestForm;
    }

    boolean containsAny(String text) {
        for (Form form : forms) {
            if (text.contains(form.text())) {
                return true;
            }
        }
        return false;
    }

    /** The text with every match replaced by {@code [REDACTED <label>]}; the same instance when nothing matched. */
    String redact(String text) {
        if (forms.isEmpty()) {
            return text;
        }
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Span span : spans) {
            out.append(text, copied, span.start()).append(placeholder(span.label()));
            copied = span.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Every match as a finding labelled like its placeholder, merged where they overlap, in text order. */
    List<Finding> findings(ScannedText text) {
        if (forms.isEmpty()) {
            return List.of();
        }
        return spans(text).stream().map(span -> new Finding(span.start(), span.end(), span.label())).toList();
    }

    static String placeholder(String label) {
        return "[REDACTED " + label + "]";
    }

    /**
     * The length of the longest prefix of {@code text} whose redaction cannot change when more text follows.
     *
     * <p>Everything from the earliest position where the rest of the text could begin a form is held back, and
     * so is any match that overlaps that region, since a completed form there would merge with it.
     */
    int safeCut(String text) {
        int cut = earliestPossibleStart(text);
        if (cut == text.length()) {
            return cut;
        }
        for (Span span : spans(text)) {
            if (span.end() > cut) {
                return Math.min(cut, span.start());
            }
        }
        return cut;
    }

    /** The earliest index from which the text's tail is a proper prefix of some form, or the text's length. */
    private int earliestPossibleStart(String text) {
        int n = text.length();
        int earliest = n;
        for (Form form : forms) {
            String f = form.text();
            char first = f.charAt(0);
            for (int p = Math.max(0, n - (f.length() - 1)); p < earliest; p++) {
                if (text.charAt(p) == first && text.regionMatches(p, f, 0, n - p)) {
                    earliest = p;
                    break;
                }
            }
        }
        return earliest;
    }

    /** Every occurrence of every form, in no particular order. */
    List<Span> matches(String text) {
        return matches(new ScannedText(text));
    }

    /** {@link #matches(String)} on a text whose character searches the scanner's detectors share. */
    private List<Span> matches(ScannedText scanned) {
        String text = scanned.text();
        List<Span> matches = new ArrayList<>();
        for (int g = 0; g < anchors.length; g++) {
            if (allRuledOut(scanned, formCharacters[g])) {
                continue;
            }
            Form[] group = formsByAnchor[g];
            int[] offsets = anchorOffsets[g];
            for (int hit = scanned.indexOf(anchors[g], 0); hit >= 0; hit = scanned.indexOf(anchors[g], hit + 1)) {
                for (int k = 0; k < group.length; k++) {
                    int start = hit - offsets[k];
                    if (start >= 0 && text.startsWith(group[k].text(), start)) {
                        matches.add(new Span(start, start + group[k].text().length(), group[k].label()));
                    }
                }
            }
        }
        return matches;
    }

    /**
     * Whether the shared text is known to lack a character of every one of the forms: when the scanner's detectors
     * have searched it first, most forms of a key hold a character they found missing, and no search is needed.
     */
    private static boolean allRuledOut(ScannedText scanned, char[][] forms) {
        for (char[] characters : forms) {
            if (!scanned.isKnownToLackAny(characters)) {
                return false;
            }
        }
        return true;
    }

    /**
     * All matches, merged where they overlap, in text order. Each form is found through its rarest character, one
     * {@link String#indexOf(int)} pass per distinct such character (a vectorised scan, several times faster than a
     * search for the whole form), each hit then compared with the forms that hold that character there. A key's first
     * character was used before, and where it is a common letter, every word that holds it cost a comparison.
     */
    private List<Span> spans(String text) {
        return spans(new ScannedText(text));
    }

    private List<Span> spans(ScannedText text) {
        List<Span> matches = matches(text);
        if (matches.size() <= 1) {
            return matches;
        }
        matches.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(
                (Span s) -> s.end() - s.start()).reversed()));
        List<Span> merged = new ArrayList<>();
        Span current = matches.get(0);
        int currentLongest = current.end() - current.start();
        for (int i = 1; i < matches.size(); i++) {
            Span next = matches.get(i);
            if (next.start() < current.end()) {
                int nextLength = next.end() - next.start();
                String label = nextLength > currentLongest ? next.label() : current.label();
                currentLongest = Math.max(currentLongest, nextLength);
                current = new Span(current.start(), Math.max(current.end(), next.end()), label);
            } else {
                merged.add(current);
                current = next;
                currentLongest = next.end() - next.start();
            }
        }
        merged.add(current);
        return merged;
    }
}
