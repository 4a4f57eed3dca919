package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.KeyKind;

/** Who a key belongs to: an application (for app keys) or a user (for user keys). */
public sealed interface Principal permits Application, User {

    /** The id {@code GET /api/cloud} answers with. */
    String id();

    /** The application's name or the user's name. */
    String name();

    /** What the principal was granted; for an admin user the team rights come on top. */
    GrantSet grants();

    /** The kind of key this principal's keys are. */
    KeyKind keyKind();

    /** A copy with other grants. */
    Principal withGrants(GrantSet grants);
}
