package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a key needs to read one kind of object that EMS refused it (403): any one of some service-wide
 * permissions, or a permission on the object itself. A {@link PermissionDeniedException} carries it, and its
 * message names it.
 *
 * @param service the service that grants the permissions
 * @param serviceWide permissions on the whole service, any of which suffices; may be empty
 * @param onObject permissions on the object, any of which suffices; empty means any permission on it
 * @param objectKind the object in words, e.g. {@code data pool}
 */
public record RequiredAccess(Service service, List<String> serviceWide, List<String> onObject, String objectKind) {

    public RequiredAccess {
        Objects.requireNonNull(service, "service");
        serviceWide = List.copyOf(serviceWide);
        onObject = List.copyOf(onObject);
        Objects.requireNonNull(objectKind, "objectKind");
    }

    /** What reading one data pool needs: Data Integration's all-pools rights, or a grant on that pool. */
    static RequiredAccess dataPool() {
        return new RequiredAccess(Service.EVENT_COLLECTION, List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"),
                List.of(), "data pool");
    }

    /** What reading a Studio space's content needs: USE on that space. */
    static RequiredAccess spaceContent() {
        return new RequiredAccess(Service.PACKAGE_MANAGER, List.of(), List.of("USE"), "space");
    }

    /** Whether exactly one permission would do, e.g. USE on the space. */
    boolean isSinglePermission() {
        return serviceWide.isEmpty() && onObject.size() == 1;
    }

    /**
     * The requirement in words, e.g. {@code Data Integration (event-collection) USE_ALL_DATA_MODELS or
     * EDIT_ALL_DATA_POOLS, or a permission on that data pool}.
     */
    public String describe() {
        List<String> alternatives = new ArrayList<>();
        if (!serviceWide.isEmpty()) {
            alternatives.add(String.join(" or ", serviceWide));
        }
        alternatives.add((onObject.isEmpty() ? "a permission" : String.join(" or ", onObject)) + " on that "
                + objectKind);
        return service.displayName() + " (" + service.serviceName() + ") " + String.join(", or ", alternatives);
    }
}
