package io.github.celonisnb.emulator.internal.state;

import java.util.Objects;

/** The one team the emulator serves. */
public record TeamInfo(String id, String name, String domain) {

    /** The team's display name. */
    public static final String DEFAULT_NAME = "Demo Team";

    /** The team's domain, as in {@code https://demo.<realm>.celonis.cloud}. */
    public static final String DEFAULT_DOMAIN = "demo";

    public TeamInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
    }
}
