package io.github.celonisnb.magics.magic;

import java.util.List;
import java.util.Optional;

import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.ems.Team;
import io.github.celonisnb.magics.secrets.KeyType;

/**
 * A logged-in connection to one EMS team, as notebook code sees it (the {@code celonis} variable).
 * Calls go to EMS each time, so a key deleted meanwhile fails at the next call with a clear error.
 * Its {@code toString()} names the team and key type, never the key.
 */
public final class CelonisSession implements AutoCloseable {

    private final LoginResult login;

    public CelonisSession(LoginResult login) {
        this.login = login;
    }

    /** Who the key belongs to, fresh from {@code GET /api/cloud}. */
    public CloudUser whoami() {
        return login.client().whoami();
    }

    /** The key's permissions per service, fresh from {@code GET /api/cloud/permissions}. */
    public List<ServicePermissions> permissions() {
        return login.client().permissions();
    }

    /** The team, from {@code GET /api/team}. */
    public Team team() {
        return login.client().team();
    }

    /** The type of key this session uses. */
    public KeyType keyType() {
        return login.keyType();
    }

    /** The EMS address this session talks to. */
    public String url() {
        return login.client().url().toString();
    }

    /** The team as it was at login, when EMS answered {@code /api/team}. */
    public Optional<Team> teamAtLogin() {
        return login.team();
    }

    /** The client, for calls the session has no method for yet. */
    public EmsClient client() {
        return login.client();
    }

    @Override
    public void close() {
        login.client().close();
    }

    @Override
    public String toString() {
        return "CelonisSession[" + url() + ", " + keyType().description() + "]";
    }
}
