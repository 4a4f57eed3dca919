package io.github.celonisnb.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the emulator knows about a key, without its value: the value exists only in the
 * {@link IssuedKey} returned when it was made.
 *
 * @param id          the key's id
 * @param name        the application's name, or the user's name
 * @param type        application or user key
 * @param principalId the id of the application or user that owns the key
 * @param email       the user's e-mail address; empty for application keys
 * @param admin       whether the owning user is a team admin (always false for application keys)
 * @param grants      the owner's grants
 * @param createdAt   when the key was made
 */
public record KeyInfo(String id, String name, KeyKind type, String principalId, Optional<String> email,
                      boolean admin, List<Grant> grants, Instant createdAt) {

    public KeyInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(email, "email");
        grants = List.copyOf(grants);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
