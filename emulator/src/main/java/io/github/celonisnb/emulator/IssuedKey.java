package io.github.celonisnb.emulator;

import java.util.Objects;

/**
 * A key just created by the emulator, the only object that ever holds its value. The emulator
 * itself keeps only a hash, so the value cannot be had again once this object is gone.
 * {@link #toString()} never shows the value.
 */
public final class IssuedKey {

    private final String id;
    private final String name;
    private final KeyKind type;
    private final String principalId;
    private final String value;

    public IssuedKey(String id, String name, KeyKind type, String principalId, String value) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.principalId = Objects.requireNonNull(principalId, "principalId");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The key's id: what {@link EmsEmulator#deleteKey} and the admin surface take. Not secret. */
    public String id() {
        return id;
    }

    /** The application's name for an app key, the user's name for a user key. */
    public String name() {
        return name;
    }

    /** Whether this is an application key or a user key. */
    public KeyKind type() {
        return type;
    }

    /** The id of the application or user the key belongs to; {@code GET /api/cloud} returns it as {@code id}. */
    public String principalId() {
        return principalId;
    }

    /** The secret key itself, to send as {@code Authorization: <type().headerPrefix()> <value>}. */
    public String value() {
        return value;
    }

    /** The Authorization header value for this key, with the prefix its type requires. */
    public String authorizationHeader() {
        return type.headerPrefix() + " " + value;
    }

    @Override
    public String toString() {
        return "IssuedKey[id=" + id + ", name=" + name + ", type=" + type + "]";
    }
}
