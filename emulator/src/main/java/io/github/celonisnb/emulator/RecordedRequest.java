package io.github.celonisnb.emulator;

import java.util.Objects;
import java.util.Optional;

/**
 * One request the emulator answered on an EMS path, for tests to inspect. It is recorded before the
 * answer goes out, so a client holding its answer always finds its request here. It never holds the key
 * that was sent: only which scheme was used and which stored key, if any, it matched.
 *
 * @param method       the HTTP method, e.g. {@code GET}
 * @param pathAndQuery the raw path with its query, e.g. {@code /package-manager/api/nodes/tree?spaceId=x}
 * @param authScheme   how the Authorization header looked
 * @param keyId        the id of the key that was accepted; empty when none was
 * @param status       the status the emulator answered with, after any fault; 0 when it dropped the connection
 */
public record RecordedRequest(String method, String pathAndQuery, AuthScheme authScheme, Optional<String> keyId,
                              int status) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(authScheme, "authScheme");
        Objects.requireNonNull(keyId, "keyId");
    }
}
