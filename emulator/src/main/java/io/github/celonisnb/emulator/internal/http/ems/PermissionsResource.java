package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.internal.access.AccessRules;
import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import java.util.List;

/** {@code GET /api/cloud/permissions}: every service in server order with the caller's names, {@code []} where none. */
public final class PermissionsResource {

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet("/api/cloud/permissions", this::permissions));
    }

    private Response permissions(Request request) {
        List<ServicePermissionsTransport> body = AccessRules.allServices(request.caller().principal()).stream()
                .map(rights -> new ServicePermissionsTransport(rights.service().serviceName(), rights.permissions()))
                .toList();
        return Response.json(200, body);
    }

    /** One entry of the answer, as EMS's {@code UserServicePermissionsTransport}. */
    record ServicePermissionsTransport(String serviceName, List<String> permissions) {
    }
}
