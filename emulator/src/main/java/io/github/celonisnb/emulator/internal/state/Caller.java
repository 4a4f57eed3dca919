package io.github.celonisnb.emulator.internal.state;

import java.util.Objects;

/** The key a request was authenticated with, and its owner. */
public record Caller(StoredKey key, Principal principal) {

    public Caller {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(principal, "principal");
    }
}
