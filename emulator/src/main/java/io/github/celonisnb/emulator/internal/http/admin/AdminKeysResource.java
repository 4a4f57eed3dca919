package io.github.celonisnb.emulator.internal.http.admin;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.internal.http.BadRequestException;
import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.CreateKeyRequest;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.CreatedKey;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.GrantsRequest;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.KeyView;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.util.List;

/**
 * The emulator's own key management under {@code /emulator/api/keys}: create (the key is in that
 * answer only), list, show, delete, grant and revoke.
 */
public final class AdminKeysResource {

    /** The root of the key routes. */
    public static final String KEYS = "/emulator/api/keys";

    private final Tenant tenant;

    public AdminKeysResource(Tenant tenant) {
        this.tenant = tenant;
    }

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(
                Route.admin("POST", KEYS, this::create),
                Route.admin("GET", KEYS, this::list),
                Route.admin("GET", KEYS + "/{id}", this::show),
                Route.admin("DELETE", KEYS + "/{id}", this::delete),
                Route.admin("POST", KEYS + "/{id}/grant", this::grant),
                Route.admin("POST", KEYS + "/{id}/revoke", this::revoke));
    }

    private Response create(Request request) {
        CreateKeyRequest body = request.jsonBody(CreateKeyRequest.class);
        KeyKind kind = AdminJson.kindOf(body.type());
        List<Grant> grants = grants(body.grants());
        IssuedKey issued = kind == KeyKind.APP
                ? tenant.createApplicationKey(body.name(), grants)
                : tenant.createUserKey(body.name(), body.email(), Boolean.TRUE.equals(body.admin()), grants);
        return Response.json(201, CreatedKey.of(issued)).withHeader("Location", KEYS + "/" + issued.id());
    }

    private Response list(Request request) {
        return Response.json(200, tenant.keys().stream().map(KeyView::of).toList());
    }

    private Response show(Request request) {
        return Response.json(200, KeyView.of(tenant.info(request.pathParam("id"))));
    }

    private Response delete(Request request) {
        tenant.deleteKey(request.pathParam("id"));
        return Response.empty(204);
    }

    private Response grant(Request request) {
        List<Grant> grants = grants(request.jsonBody(GrantsRequest.class).grants());
        return Response.json(200, KeyView.of(tenant.grant(request.pathParam("id"), grants)));
    }

    private Response revoke(Request request) {
        List<Grant> grants = grants(request.jsonBody(GrantsRequest.class).grants());
        return Response.json(200, KeyView.of(tenant.revoke(request.pathParam("id"), grants)));
    }

    private static List<Grant> grants(List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        if (texts.stream().anyMatch(t -> t == null)) {
            throw new BadRequestException("'grants' holds a null; expected strings of the form " + Grant.FORM + ".");
        }
        return texts.stream().map(Grant::parse).toList();
    }
}
