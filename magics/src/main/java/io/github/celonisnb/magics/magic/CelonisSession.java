package io.github.celonisnb.magics.magic;

import java.util.Objects;
import java.util.Optional;

import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.Team;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.secrets.KeyType;

/**
 * A logged-in connection to one EMS team, as notebook code sees it (the {@code celonis} variable).
 * Calls go to EMS each time, so a key deleted meanwhile fails at the next call with a clear error.
 * Its {@code toString()} names the team and key type, never the key.
 *
 * <p>What the calls return is typed and shows as a table ({@link Tabular}): {@link #whoami()},
 * {@link #permissions()}, {@link #spaces()}, {@link #pools()} and single objects. A {@link Space} keeps a
 * reference to this session's client, so that {@code celonis.defaultSpace().packages()} works; the other
 * results are plain data. A failure is an {@link io.github.celonisnb.magics.ems.EmsException} whose message says
 * what to do, or a {@link SpaceNotFoundException} for a space name the key does not see.
 */
public final class CelonisSession implements AutoCloseable {

    /** The name of the space {@link #defaultSpace()} looks for. */
    public static final String DEFAULT_SPACE = "Default";

    private final LoginResult login;

    public CelonisSession(LoginResult login) {
        this.login = Objects.requireNonNull(login, "login");
    }

    /** Who the key belongs to, fresh from {@code GET /api/cloud}. */
    public KeyOwner whoami() {
        return new KeyOwner(login.client().whoami());
    }

    /** The key's permissions per service, fresh from {@code GET /api/cloud/permissions}. */
    public PermissionList permissions() {
        return new PermissionList(login.client().permissions());
    }

    /**
     * What the key may do, in words: each permission with its risk, what it is held on and whether it has an
     * effect, and the warnings that follow; fresh from EMS (who-am-I, permissions, and the listings of pools and
     * spaces where the key holds something). Shows as a table; {@code permissionReport().report()} is the data.
     */
    public PermissionReportView permissionReport() {
        return new PermissionReportView(PermissionReport.of(
                SessionAccess.read(login.client())));
    }

    /**
     * The Studio spaces the key may see, fresh from {@code GET /package-manager/api/spaces}. EMS leaves out the
     * spaces a key may not use, so the list may be empty.
     */
    public SpaceList spaces() {
        EmsClient client = login.client();
        return new SpaceList(client.spaces().stream().map(data -> new Space(data, client)).toList());
    }

    /**
     * The space named {@value #DEFAULT_SPACE}, as PyCelonis 1.x's {@code default_space}.
     *
     * @throws SpaceNotFoundException when the key sees no such space: {@code No result found for Default.} and
     *     what to grant
     */
    public Space defaultSpace() {
        return space(DEFAULT_SPACE);
    }

    /**
     * The first space (in the server's order) whose name is exactly {@code name}.
     *
     * @throws SpaceNotFoundException when the key sees no such space: {@code No result found for <name>.}, the
     *     spaces it does see, and what to grant
     */
    public Space space(String name) {
        Objects.requireNonNull(name, "name");
        SpaceList spaces = spaces();
        return spaces.stream()
                .filter(space -> name.equals(space.name()))
                .findFirst()
                .orElseThrow(() -> new SpaceNotFoundException(name,
                        spaces.stream().map(space -> Objects.toString(space.name(), "")).toList(), keyType()));
    }

    /**
     * The data pools the key may see, fresh from {@code GET /integration/api/pools}. EMS leaves out the pools a
     * key may not see, so the list may be empty.
     */
    public PoolList pools() {
        return new PoolList(login.client().pools().stream().map(DataPool::new).toList());
    }

    /**
     * One data pool, fresh from {@code GET /integration/api/pools/<id>}.
     *
     * @throws IllegalArgumentException when the id is empty, blank, {@code .} or {@code ..}
     * @throws io.github.celonisnb.magics.ems.PermissionDeniedException when the key may not read it; the message
     *     names the Data Integration permissions that would let it
     * @throws io.github.celonisnb.magics.ems.ObjectNotFoundException when no pool the key may see has this id
     */
    public DataPool pool(String id) {
        return new DataPool(login.client().pool(id));
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
