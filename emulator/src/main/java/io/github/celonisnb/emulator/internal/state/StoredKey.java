package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.internal.auth.KeyHash;
import java.time.Instant;
import java.util.Objects;

/** A key as the emulator keeps it: id, kind, owner and the hash of its value, never the value. */
public record StoredKey(String id, KeyKind kind, String principalId, KeyHash hash, Instant createdAt) {

    public StoredKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
