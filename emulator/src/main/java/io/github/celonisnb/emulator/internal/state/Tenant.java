package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.InvalidKeyRequestException;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.UnknownKeyException;
import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import io.github.celonisnb.emulator.internal.auth.KeyHash;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's applications, users and keys, and the only place they change. Reads see the latest
 * published snapshot without locking; changes are serialised, saved, then published, so a change
 * is visible to the very next request and a change that cannot be saved is not made.
 */
public final class Tenant {

    /** The longest application or user name kept, as on the web page's form ({@code maxlength}). */
    public static final int MAX_NAME_LENGTH = 200;

    private final StateStore store;
    private final KeyGenerator generator;
    private final Clock clock;
    private volatile StateSnapshot current;

    public Tenant(StateSnapshot initial, StateStore store, KeyGenerator generator, Clock clock) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.store = Objects.requireNonNull(store, "store");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A fresh team with a random id and no keys. */
    public static StateSnapshot newTeam(KeyGenerator generator) {
        return StateSnapshot.empty(new TeamInfo(generator.newUuid(), TeamInfo.DEFAULT_NAME, TeamInfo.DEFAULT_DOMAIN));
    }

    /** The state as of now. */
    public StateSnapshot snapshot() {
        return current;
    }

    /** Registers an application with the given grants and makes its key. */
    public synchronized IssuedKey createApplicationKey(String name, List<Grant> grants) {
        String cleanName = requireName(name, "An application key needs a name.", "An application name");
        Application app = new Application(generator.newUuid(), cleanName, GrantSet.of(grants));
        return issue(current.withPrincipal(app), app);
    }

    /**
     * Makes a key for the user with this e-mail address, registering the user first if needed. For an
     * existing user the given name and admin flag replace the old ones and the grants are added.
     */
    public synchronized IssuedKey createUserKey(String name, String email, boolean admin, List<Grant> grants) {
        String cleanName = requireName(name, "A user key needs the user's name.", "A user's name");
        String cleanEmail = requireText(email, "A user key needs the user's e-mail address.");
        if (!cleanEmail.contains("@")) {
            throw new InvalidKeyRequestException(SafeText.quote(cleanEmail)
                    + " is not an e-mail address: expected name@domain.");
        }
        User user = current.userByEmail(cleanEmail)
                .map(old -> new User(old.id(), cleanName, old.email(), admin, old.grants().plus(grants)))
                .orElseGet(() -> new User(generator.newUuid(), cleanName, cleanEmail, admin, GrantSet.of(grants)));
        return issue(current.withPrincipal(user), user);
    }

    /**
     * Deletes a key; requests with it get 401 from now on.
     *
     * @throws UnknownKeyException if there is no such key
     */
    public synchronized void deleteKey(String keyId) {
        requireKey(keyId);
        publish(current.withoutKey(keyId));
    }

    /** Adds grants to the key's owner (for a user key: to the user, so to all their keys). */
    public synchronized KeyInfo grant(String keyId, List<Grant> grants) {
        StoredKey key = requireKey(keyId);
        Principal owner = current.ownerOf(key);
        publish(current.withPrincipal(owner.withGrants(owner.grants().plus(grants))));
        return info(keyId);
    }

    /** Takes grants away from the key's owner; names not held are ignored. */
    public synchronized KeyInfo revoke(String keyId, List<Grant> grants) {
        StoredKey key = requireKey(keyId);
        Principal owner = current.ownerOf(key);
        publish(current.withPrincipal(owner.withGrants(owner.grants().minus(grants))));
        return info(keyId);
    }

    /**
     * Replaces every grant of the key's owner with exactly these, in one change: what a form of ticks
     * means. For a user key that is the user, and so all of their keys.
     */
    public synchronized KeyInfo replaceGrants(String keyId, List<Grant> grants) {
        StoredKey key = requireKey(keyId);
        Principal owner = current.ownerOf(key);
        publish(current.withPrincipal(owner.withGrants(GrantSet.of(grants))));
        return info(keyId);
    }

    /**
     * The owner of a key as the EMS endpoints see it, for showing what they would answer.
     *
     * @throws UnknownKeyException if there is no such key
     */
    public Principal ownerOf(String keyId) {
        StateSnapshot now = current;
        StoredKey key = keyId == null ? null : now.keys().get(keyId);
        if (key == null) {
            throw new UnknownKeyException(keyId);
        }
        return now.ownerOf(key);
    }

    /** Every key, oldest first, without values. */
    public List<KeyInfo> keys() {
        StateSnapshot now = current;
        return now.keys().values().stream().map(k -> info(now, k)).toList();
    }

    /** One key, without its value. */
    public KeyInfo info(String keyId) {
        return info(current, requireKey(keyId));
    }

    /**
     * Finds the key with this value among keys of the given kind. Every stored key is compared, in
     * constant time each, so the time taken says nothing about which key came close.
     */
    public Optional<Caller> authenticate(KeyKind presentedAs, String token) {
        StateSnapshot now = current;
        KeyHash presented = KeyHash.of(token);
        StoredKey match = null;
        for (StoredKey key : now.keys().values()) {
            if (key.hash().matches(presented)) {
                match = key;
            }
        }
        if (match == null || match.kind() != presentedAs) {
            return Optional.empty();
        }
        return Optional.of(new Caller(match, now.ownerOf(match)));
    }

    private IssuedKey issue(StateSnapshot withOwner, Principal owner) {
        String value = generator.newKey();
        StoredKey key = new StoredKey(generator.newUuid(), owner.keyKind(), owner.id(), KeyHash.of(value), now());
        publish(withOwner.withKey(key));
        return new IssuedKey(key.id(), owner.name(), key.kind(), owner.id(), value);
    }

    private StoredKey requireKey(String keyId) {
        StoredKey key = keyId == null ? null : current.keys().get(keyId);
        if (key == null) {
            throw new UnknownKeyException(keyId);
        }
        return key;
    }

    private void publish(StateSnapshot next) {
        store.save(next);
        current = next;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static KeyInfo info(StateSnapshot state, StoredKey key) {
        Principal owner = state.ownerOf(key);
        Optional<String> email = owner instanceof User u ? Optional.of(u.email()) : Optional.empty();
        boolean admin = owner instanceof User u && u.admin();
        return new KeyInfo(key.id(), owner.name(), key.kind(), owner.id(), email, admin, owner.grants().asGrants(),
                key.createdAt());
    }

    /** The trimmed name; refused when blank or longer than {@link #MAX_NAME_LENGTH}, before anything is made. */
    private static String requireName(String value, String missing, String what) {
        String clean = requireText(value, missing);
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidKeyRequestException(what + " can be at most " + MAX_NAME_LENGTH + " characters; this one has "
                    + clean.length() + ". Choose a shorter one.");
        }
        return clean;
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidKeyRequestException(message);
        }
        return value.trim();
    }
}
