package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.KeyKind;
import java.util.Objects;

/** An application registered in the team; it owns one application key. */
public record Application(String id, String name, GrantSet grants) implements Principal {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grants, "grants");
    }

    @Override
    public KeyKind keyKind() {
        return KeyKind.APP;
    }

    @Override
    public Application withGrants(GrantSet newGrants) {
        return new Application(id, name, newGrants);
    }
}
