package io.github.celonisnb.emulator.internal.http.ems;

import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
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
import java.util.function.BiFunction;

/**
 * Data pools: {@code GET /integration/api/pools} lists the pools the caller may see (200, possibly
 * {@code []}); {@code /integration/api/pools/{id}} and {@code .../data-models} answer 403 for a pool
 * the caller may not see and 404 for one that does not exist.
 */
public final class PoolsResource {

    private static final String POOLS = "/integration/api/pools";

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.emsGet(POOLS, this::list),
                Route.emsGet(POOLS + "/{id}", r -> visiblePool(r,
                        (pool, names) -> Response.json(200, PoolTransport.of(pool, names)))),
                Route.emsGet(POOLS + "/{id}/data-models", r -> visiblePool(r, (pool, names) -> Response.json(200,
                        pool.dataModels().stream().map(DataModelTransport::of).toList()))));
    }

    private Response list(Request request) {
        Principal caller = request.caller().principal();
        List<PoolTransport> visible = new ArrayList<>();
        for (SeedData.Pool pool : SeedData.pools()) {
            AccessRules.shownOnObject(caller, refOf(pool)).ifPresent(names -> visible.add(PoolTransport.of(pool, names)));
        }
        return Response.json(200, visible);
    }

    private Response visiblePool(Request request, BiFunction<SeedData.Pool, List<String>, Response> answer) {
        String id = request.pathParam("id");
        Optional<SeedData.Pool> pool = SeedData.pool(id);
        if (pool.isEmpty()) {
            return ErrorBodies.objectNotFound("Data pool " + id);
        }
        return AccessRules.shownOnObject(request.caller().principal(), refOf(pool.get()))
                .map(names -> answer.apply(pool.get(), names))
                .orElseGet(ErrorBodies::accessDenied);
    }

    private static ObjectRef refOf(SeedData.Pool pool) {
        return new ObjectRef(ObjectType.POOL, pool.id());
    }

    /** A pool in the field names of EMS's {@code DataPoolTransport}. */
    record PoolTransport(String id, String name, String description, long timeStamp, String configurationStatus,
                         boolean locked, String contentId, int contentVersion, List<Tag> tags, String originalId,
                         boolean monitoringTarget, boolean customMonitoringTarget, boolean customMonitoringTargetActive,
                         boolean exported, boolean monitoringMessageColumnsMigrated, String creatorUserId,
                         String objectId, List<String> permissions) {

        static PoolTransport of(SeedData.Pool pool, List<String> permissions) {
            String status = pool.dataModels().isEmpty() ? "NEW" : "CONFIGURED";
            return new PoolTransport(pool.id(), pool.name(), pool.description(), SeedData.CREATED_AT_MILLIS, status,
                    false, null, 0, List.of(), null, false, false, false, false, true, null, pool.id(), permissions);
        }
    }

    /** A pool tag. */
    record Tag(String name) {
    }

    /** A data model, as third-party clients read it. */
    record DataModelTransport(String id, String name, String poolId, List<Object> tables,
                              List<Object> processConfigurations) {

        static DataModelTransport of(SeedData.DataModel model) {
            return new DataModelTransport(model.id(), model.name(), model.poolId(), List.of(), List.of());
        }
    }
}
