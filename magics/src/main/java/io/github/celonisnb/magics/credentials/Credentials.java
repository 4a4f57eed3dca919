package io.github.celonisnb.magics.credentials;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import java.util.Objects;

/**
 * What a login needs: the EMS URL as given (normalised later, when connecting), the key, the key type if
 * known, and where each came from.
 *
 * @param url the EMS URL as the user gave it
 * @param key the key
 * @param keyType the key type, or null when it is to be detected at login
 * @param origin where the key, the URL and the key type came from
 */
public record Credentials(String url, ApiKey key, KeyType keyType, CredentialOrigin origin) {

    public Credentials {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
    }

    /** Shows the URL, the key type, the key's length and the origin; never the key. */
    @Override
    public String toString() {
        return "Credentials[url=" + url + ", keyType=" + (keyType == null ? "not set" : keyType.name())
                + ", key=redacted (" + key.length() + " chars), " + origin.describe() + "]";
    }
}
