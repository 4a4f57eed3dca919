package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.internal.access.AccessRules;
import io.github.celonisnb.emulator.internal.http.ErrorBodies;
import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.state.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Studio spaces: {@code GET /package-manager/api/spaces} lists the spaces the caller may see (200,
 * possibly {@code []}); {@code GET /package-manager/api/spaces/{id}} answers 403 for a space the
 * caller may not see and 404 for one that does not exist.
 */
public final class SpacesResource {

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet("/package-manager/api/spaces", this::list),
                Route.emsGet("/package-manager/api/spaces/{id}", this::one));
    }

    private Response list(Request request) {
        Principal caller = request.caller().principal();
        List<SpaceTransport> visible = new ArrayList<>();
        for (SeedData.Space space : SeedData.spaces()) {
            AccessRules.onSpace(caller, space.id()).ifPresent(names -> visible.add(SpaceTransport.of(space, names)));
        }
        return Response.json(200, visible);
    }

    private Response one(Request request) {
        String id = request.pathParam("id");
        Optional<SeedData.Space> space = SeedData.space(id);
        if (space.isEmpty()) {
            return ErrorBodies.objectNotFound("Space " + id);
        }
        return AccessRules.onSpace(request.caller().principal(), id)
                .map(names -> Response.json(200, SpaceTransport.of(space.get(), names)))
                .orElseGet(ErrorBodies::accessDenied);
    }

    /** A space in the field names of EMS's {@code SpaceTransport}. */
    record SpaceTransport(String id, String name, String iconReference, long creationDate, long changeDate,
                          String createdBy, String description, String objectId, List<String> permissions) {

        static SpaceTransport of(SeedData.Space space, List<String> permissions) {
            return new SpaceTransport(space.id(), space.name(), space.iconReference(), SeedData.CREATED_AT_MILLIS,
                    SeedData.CREATED_AT_MILLIS, null, null, space.id(), permissions);
        }
    }
}
