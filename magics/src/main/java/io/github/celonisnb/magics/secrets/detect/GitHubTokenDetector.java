package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds GitHub tokens: classic and app tokens {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}
 * followed by 36 or more letters and digits, and fine-grained {@code github_pat_} tokens.
 *
 * <p>False positives: none known; the prefixes are GitHub's own and the length rules out ordinary identifiers such
 * as {@code ghp_version}.
 */
public final class GitHubTokenDetector implements SecretDetector {

    /** The kind reported for a GitHub token. */
    public static final String KIND = "github-token";

    private static final AnchoredPattern CLASSIC = new AnchoredPattern(
            new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"},
            "gh[pousr]_[A-Za-z0-9]{36,251}+", 256, AnchoredPattern::isWordChar);

    private static final AnchoredPattern FINE_GRAINED = new AnchoredPattern(new String[] {"github_pat_"},
            "github_pat_[A-Za-z0-9_]{22,251}+", 262, AnchoredPattern::isWordChar);

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
        AnchoredPattern.MatchHandler report = (start, end, m) -> {
            out.add(new Finding(start, end, KIND));
            return end;
        };
        CLASSIC.forEachMatch(scanned, report);
        FINE_GRAINED.forEachMatch(scanned, report);
    }
}
