package io.github.celonisnb.magics.credentials;

import io.github.celonisnb.magics.secrets.KeyType;
import java.nio.file.Path;

/**
 * What the user asked for at login; every part is optional and null when not given.
 *
 * @param keyType the key type chosen explicitly (e.g. {@code --app-key}), or null
 * @param keyFile the key file given with {@code --key-file}, or null
 * @param envVar the environment variable given with {@code --env}, or null
 * @param url the EMS URL given with {@code --url}, or null
 */
public record CredentialRequest(KeyType keyType, Path keyFile, String envVar, String url) {

    /** A request that gives nothing, leaving every choice to the environment and the default key files. */
    public static CredentialRequest defaults() {
        return new CredentialRequest(null, null, null, null);
    }
}
