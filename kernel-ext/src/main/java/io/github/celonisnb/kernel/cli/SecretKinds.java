package io.github.celonisnb.kernel.cli;

import java.util.Map;

/** What each kind of finding means, in a sentence, for reports (SARIF rule descriptions). */
final class SecretKinds {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("celonis-app-key", "A Celonis application key known from a key file or CELONIS_API_TOKEN."),
            Map.entry("celonis-user-key", "A Celonis user key known from a key file or CELONIS_API_TOKEN."),
            Map.entry("celonis-bearer-token", "A Celonis bearer token known from a key file or CELONIS_API_TOKEN."),
            Map.entry("celonis-key", "A Celonis API key: base64 of <uuid>:<secret>."),
            Map.entry("celonis-key-decoded", "A decoded Celonis API key: <uuid>:<secret>."),
            Map.entry("private-key", "A private key block (-----BEGIN ... PRIVATE KEY-----)."),
            Map.entry("aws-access-key-id", "An AWS access key id."),
            Map.entry("github-token", "A GitHub token."),
            Map.entry("openai-key", "An OpenAI API key."),
            Map.entry("slack-token", "A Slack token."),
            Map.entry("jwt", "A JSON Web Token."),
            Map.entry("authorization-header", "The credential of an HTTP Authorization header (AppKey, Bearer,"
                    + " Basic)."),
            Map.entry("url-credentials", "A password inside a URL (scheme://user:password@host)."),
            Map.entry("secret-assignment", "A value given to a name that holds secrets (password, api_token,"
                    + " CELONIS_API_TOKEN, ...)."));

    private SecretKinds() {
    }

    /** The sentence for {@code kind}; other kinds are labels of known secrets. */
    static String describe(String kind) {
        return DESCRIPTIONS.getOrDefault(kind, "A known secret labelled " + kind + ".");
    }
}
