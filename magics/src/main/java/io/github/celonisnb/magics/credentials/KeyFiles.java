package io.github.celonisnb.magics.credentials;

import java.nio.file.Path;

import io.github.celonisnb.magics.secrets.ApiKey;

/** Reads the key out of a key file, for callers that need the key alone (redaction, audits). */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The key in a JSON key file ({@code {"url": ..., "api_token": ...}}) or a raw token file.
     *
     * @throws CredentialsException when the file is missing, unreadable or not a key file; the message
     *     names the file and never shows its content
     */
    public static ApiKey readKey(Path file) throws CredentialsException {
        return KeyFileReader.read(file).key();
    }
}
