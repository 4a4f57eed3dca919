package io.github.celonisnb.emulator.internal.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the emulator remembers at one moment: the team, its applications and users, and their
 * keys. Immutable; a change makes a new snapshot.
 */
public record StateSnapshot(TeamInfo team, Map<String, Principal> principals, Map<String, StoredKey> keys) {

    public StateSnapshot {
        Objects.requireNonNull(team, "team");
        principals = Collections.unmodifiableMap(new LinkedHashMap<>(principals));
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        for (StoredKey key : keys.values()) {
            if (!principals.containsKey(key.principalId())) {
                throw new IllegalArgumentException("key " + key.id() + " belongs to no known application or user");
            }
        }
    }

    /** A snapshot of a team with no applications, users or keys. */
    public static StateSnapshot empty(TeamInfo team) {
        return new StateSnapshot(team, Map.of(), Map.of());
    }

    /** The owner of a key. */
    public Principal ownerOf(StoredKey key) {
        return principals.get(key.principalId());
    }

    /** The user with this e-mail address, compared ignoring letter case. */
    public Optional<User> userByEmail(String email) {
        return principals.values().stream()
                .filter(p -> p instanceof User u && u.email().equalsIgnoreCase(email))
                .map(User.class::cast)
                .findFirst();
    }

    /** A copy with one principal added or replaced. */
    public StateSnapshot withPrincipal(Principal principal) {
        Map<String, Principal> copy = new LinkedHashMap<>(principals);
        copy.put(principal.id(), principal);
        return new StateSnapshot(team, copy, keys);
    }

    /** A copy with one key added. */
    public StateSnapshot withKey(StoredKey key) {
        Map<String, StoredKey> copy = new LinkedHashMap<>(keys);
        copy.put(key.id(), key);
        return new StateSnapshot(team, principals, copy);
    }

    /**
     * A copy without the key; an application goes with its key, a user stays (they may have
     * other keys, and are a person in the team either way).
     */
    public StateSnapshot withoutKey(String keyId) {
        StoredKey removed = keys.get(keyId);
        if (removed == null) {
            return this;
        }
        Map<String, StoredKey> keyCopy = new LinkedHashMap<>(keys);
        keyCopy.remove(keyId);
        Map<String, Principal> principalCopy = new LinkedHashMap<>(principals);
        boolean stillUsed = keyCopy.values().stream().anyMatch(k -> k.principalId().equals(removed.principalId()));
        if (!stillUsed && principalCopy.get(removed.principalId()) instanceof Application) {
            principalCopy.remove(removed.principalId());
        }
        return new StateSnapshot(team, principalCopy, keyCopy);
    }
}
