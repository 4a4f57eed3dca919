package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.KeyKind;
import java.util.Objects;

/** A team member; their user keys carry their permissions, and an admin holds every team right. */
public record User(String id, String name, String email, boolean admin, GrantSet grants) implements Principal {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(grants, "grants");
    }

    @Override
    public KeyKind keyKind() {
        return KeyKind.USER;
    }

    @Override
    public User withGrants(GrantSet newGrants) {
        return new User(id, name, email, admin, newGrants);
    }
}
