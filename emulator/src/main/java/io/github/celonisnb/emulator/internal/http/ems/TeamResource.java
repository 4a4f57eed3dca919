package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.state.TeamInfo;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.util.List;

/**
 * {@code GET /api/team} (read by PyCelonis for {@code trackingEnabled}) and {@code GET /api/cloud/team}
 * (read by content-cli, which needs {@code domain}): the same team object on both.
 */
public final class TeamResource {

    private final Tenant tenant;

    public TeamResource(Tenant tenant) {
        this.tenant = tenant;
    }

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet("/api/team", this::team), Route.emsGet("/api/cloud/team", this::team));
    }

    private Response team(Request request) {
        TeamInfo team = tenant.snapshot().team();
        return Response.json(200, new TeamTransport(team.id(), team.name(), team.domain(), "PRIVATE", true, true,
                false, "STANDARD", false, false, true, true));
    }

    /** The answer, in the field names of EMS's {@code TeamTransport}; a subset of its many fields. */
    record TeamTransport(String id, String name, String domain, String privacyType, boolean active, boolean visible,
                         boolean trackingEnabled, String permissionsManagementMode,
                         boolean enforceTwoFactorAuthenticationEnabled, boolean openSignupEnabled,
                         boolean unlimitedMembers, boolean unlimitedAnalysts) {
    }
}
