package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.internal.access.AccessRules;
import io.github.celonisnb.emulator.internal.http.ErrorBodies;
import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /package-manager/api/nodes/tree?spaceId=}: the packages of a space and the nodes inside
 * them, as far as the caller's rights on the space reach. 403 for a space the caller may not see,
 * 404 for one that does not exist, 400 without {@code spaceId}.
 */
public final class NodesResource {

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet("/package-manager/api/nodes/tree", this::tree));
    }

    private Response tree(Request request) {
        Optional<String> spaceId = request.queryParam("spaceId").filter(s -> !s.isBlank());
        if (spaceId.isEmpty()) {
            return ErrorBodies.badRequest("Query parameter 'spaceId' is required");
        }
        Optional<SeedData.Space> space = SeedData.space(spaceId.get());
        if (space.isEmpty()) {
            return ErrorBodies.objectNotFound("Space " + spaceId.get());
        }
        Optional<List<String>> spaceNames = AccessRules.onSpace(request.caller().principal(), spaceId.get());
        if (spaceNames.isEmpty()) {
            return ErrorBodies.accessDenied();
        }
        // What the key may do decides the package rights, not the names merely shown on the space.
        List<String> rights = AccessRules.packageRights(AccessRules.onObject(request.caller().principal(),
                new ObjectRef(ObjectType.SPACE, spaceId.get())).orElseThrow());
        List<NodeTransport> nodes = new ArrayList<>();
        if (!rights.isEmpty()) {
            for (SeedData.Package pkg : space.get().packages()) {
                nodes.add(NodeTransport.ofPackage(pkg, rights));
                pkg.assets().forEach(asset -> nodes.add(NodeTransport.ofAsset(asset, pkg, rights)));
            }
        }
        return Response.json(200, nodes);
    }

    /** A node in the field names of EMS's {@code ContentNodeTransport}. */
    record NodeTransport(String id, String key, String name, String nodeType, String spaceId, String parentNodeId,
                         String rootNodeId, String rootNodeKey, List<String> permissions, long creationDate,
                         long changeDate, String createdById, String assetType, String serializedContent,
                         String activatedDraftId, String objectId) {

        static NodeTransport ofPackage(SeedData.Package pkg, List<String> permissions) {
            return new NodeTransport(pkg.id(), pkg.key(), pkg.name(), "PACKAGE", pkg.spaceId(), null, pkg.id(),
                    pkg.key(), permissions, SeedData.CREATED_AT_MILLIS, SeedData.CREATED_AT_MILLIS, null, null, null,
                    null, pkg.id());
        }

        static NodeTransport ofAsset(SeedData.Asset asset, SeedData.Package pkg, List<String> permissions) {
            return new NodeTransport(asset.id(), asset.key(), asset.name(), "ASSET", pkg.spaceId(), pkg.id(), pkg.id(),
                    pkg.key(), permissions, SeedData.CREATED_AT_MILLIS, SeedData.CREATED_AT_MILLIS, null,
                    asset.assetType(), null, null, asset.id());
        }
    }
}
