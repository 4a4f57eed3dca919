package io.github.celonisnb.kernel.ems;

import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.credentials.CredentialOrigin;
import io.github.celonisnb.magics.credentials.CredentialSource;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;

/** Credentials for a key the emulator issued, as the login magic would pass them on from its arguments. */
final class EmulatorCredentials {

    private EmulatorCredentials() {
    }

    /**
     * The key for this URL, sent as {@code keyType}; a null key type leaves it to be detected at login.
     */
    static Credentials of(String url, IssuedKey key, KeyType keyType) {
        CredentialSource typeSource = keyType == null
                ? CredentialSource.notSet()
                : CredentialSource.argument(keyType.loginOption());
        return new Credentials(url, ApiKey.of(key.value()), keyType,
                new CredentialOrigin(CredentialSource.argument("--key-file"), CredentialSource.argument("--url"),
                        typeSource));
    }
}
