package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.state.Application;
import io.github.celonisnb.emulator.internal.state.Principal;
import io.github.celonisnb.emulator.internal.state.Tenant;
import io.github.celonisnb.emulator.internal.state.TeamInfo;
import io.github.celonisnb.emulator.internal.state.User;
import java.util.List;

/**
 * {@code GET /api/cloud}: who the key belongs to. For an application key the application's name is
 * in {@code name} and {@code nameOrEmail} and {@code email} is null.
 */
public final class CurrentUserResource {

    /** Role numbers are not documented; these are the emulator's choice. */
    static final int ROLE_APPLICATION = 0;
    static final int ROLE_MEMBER = 1;
    static final int ROLE_ADMIN = 2;

    private final Tenant tenant;

    public CurrentUserResource(Tenant tenant) {
        this.tenant = tenant;
    }

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet("/api/cloud", this::currentUser));
    }

    private Response currentUser(Request request) {
        return Response.json(200, transportOf(request.caller().principal(), tenant.snapshot().team()));
    }

    static UserTransport transportOf(Principal principal, TeamInfo team) {
        if (principal instanceof User user) {
            int role = user.admin() ? ROLE_ADMIN : ROLE_MEMBER;
            return new UserTransport(user.id(), user.name(), user.email(), user.name(),
                    user.name() + " (" + user.email() + ")", team.name(), team.id(), team.domain(), true,
                    user.admin(), true, true, role, role, List.of(), "en", "UTC", null, null);
        }
        Application app = (Application) principal;
        return new UserTransport(app.id(), app.name(), null, app.name(), app.name(), team.name(), team.id(),
                team.domain(), true, false, false, false, ROLE_APPLICATION, ROLE_APPLICATION, List.of(), "en",
                "UTC", null, null);
    }
}
