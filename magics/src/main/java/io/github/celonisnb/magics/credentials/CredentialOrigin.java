package io.github.celonisnb.magics.credentials;

import java.util.Objects;

/**
 * Where the key, the URL and the key type of a set of {@link Credentials} came from, so that a user can be
 * told, e.g. "key from environment variable CELONIS_API_TOKEN".
 *
 * @param key where the key came from
 * @param url where the URL came from
 * @param keyType where the key type came from; {@link CredentialSource#notSet()} when it is to be detected
 */
public record CredentialOrigin(CredentialSource key, CredentialSource url, CredentialSource keyType) {

    public CredentialOrigin {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyType, "keyType");
    }

    /**
     * All three in words, e.g. {@code key from key file /home/u/pycelonis-profiles/app.json, URL from
     * environment variable CELONIS_URL, key type from the name of key file /home/u/pycelonis-profiles/app.json}.
     */
    public String describe() {
        String type = keyType.kind() == CredentialSource.Kind.NOT_SET
                ? "key type not set"
                : "key type from " + keyType.describe();
        return "key from " + key.describe() + ", URL from " + url.describe() + ", " + type;
    }

    @Override
    public String toString() {
        return describe();
    }
}
