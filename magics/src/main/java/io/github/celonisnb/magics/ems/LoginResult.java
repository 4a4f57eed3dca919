package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a login found out. The caller owns {@code client} and closes it when done.
 *
 * @param keyType how the key was accepted
 * @param keyTypeDetected whether the key type was not given and was found by trying
 * @param user who the key belongs to
 * @param permissions the key's permissions per service, in the server's order
 * @param team the team, or empty when {@code GET /api/team} failed (which does not fail the login)
 * @param client a client for further calls with the accepted key type
 */
public record LoginResult(KeyType keyType, boolean keyTypeDetected, CloudUser user,
        List<ServicePermissions> permissions, Optional<Team> team, EmsClient client) {

    public LoginResult {
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(user, "user");
        permissions = List.copyOf(permissions);
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(client, "client");
    }

    /**
     * When the key type was detected, the warning PyCelonis 2.x gives, e.g. {@code KeyType is not set.
     * Defaulted to 'APP_KEY'.}; otherwise empty.
     */
    public Optional<String> keyTypeWarning() {
        return keyTypeDetected
                ? Optional.of("KeyType is not set. Defaulted to '" + keyType.name() + "'.")
                : Optional.empty();
    }
}
