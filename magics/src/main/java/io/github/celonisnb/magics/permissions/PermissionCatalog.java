package io.github.celonisnb.magics.permissions;

import static io.github.celonisnb.magics.permissions.Permission.Scope.ANY;
import static io.github.celonisnb.magics.permissions.Permission.Scope.OBJECT;
import static io.github.celonisnb.magics.permissions.Permission.Scope.SERVICE;
import static io.github.celonisnb.magics.permissions.Risk.CRITICAL;
import static io.github.celonisnb.magics.permissions.Risk.HIGH;
import static io.github.celonisnb.magics.permissions.Risk.LOW;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The permission names seen in EMS (DESIGN.md §3), with words and risk levels.
 *
 * <p>This is the one piece of knowledge the client side and the emulator share: both need the same
 * names, but neither may use the other's protocol code.
 */
public final class PermissionCatalog {

    /** Marker listed at service level when only object-level grants exist below it. */
    public static final String ACCESS_CHILD = "$ACCESS_CHILD";

    private static final Map<Service, Map<String, Permission>> BY_SERVICE = build();

    private PermissionCatalog() {
    }

    /** The permission of this service with this name, if the catalogue knows it. */
    public static Optional<Permission> find(Service service, String name) {
        return Optional.ofNullable(BY_SERVICE.getOrDefault(service, Map.of()).get(name));
    }

    /** The permission for a wire service name and permission name, if both are known. */
    public static Optional<Permission> find(String serviceName, String name) {
        return Service.byServiceName(serviceName).flatMap(s -> find(s, name));
    }

    /** Every known permission of a service, in catalogue order. */
    public static List<Permission> of(Service service) {
        return List.copyOf(BY_SERVICE.getOrDefault(service, Map.of()).values());
    }

    /** Known permissions of a service that may be granted at service level, in catalogue order. */
    public static List<Permission> serviceLevel(Service service) {
        return of(service).stream().filter(p -> p.scope() != OBJECT && !p.isChildAccessMarker()).toList();
    }

    /** Known permissions of a service that may be granted on one object, in catalogue order. */
    public static List<Permission> objectLevel(Service service) {
        return of(service).stream().filter(p -> p.scope() != SERVICE).toList();
    }

    /**
     * The risk of a permission name in a service. Anything the catalogue does not know is
     * {@link Risk#UNKNOWN}, except that MANAGE_PERMISSIONS anywhere, and anything in user
     * provisioning, is critical by rule.
     */
    public static Risk riskOf(String serviceName, String name) {
        Optional<Permission> known = find(serviceName, name);
        if (known.isPresent()) {
            return known.get().risk();
        }
        if ("MANAGE_PERMISSIONS".equals(name) || Service.USER_PROVISIONING.serviceName().equals(serviceName)) {
            return CRITICAL;
        }
        return Risk.UNKNOWN;
    }

    private static Map<Service, Map<String, Permission>> build() {
        List<Permission> all = new ArrayList<>();
        Service team = Service.TEAM;
        all.add(new Permission(team, "MANAGE_SSO_SETTINGS", "Manage single sign-on settings", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_LICENSE_SETTINGS", "Manage licence settings", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_MEMBERS", "Manage team members", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_UPLINK_INTEGRATIONS", "Manage uplink integrations", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_GENERAL_SETTINGS", "Manage general team settings", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_GROUPS", "Manage groups", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_PERMISSIONS", "Manage permissions of members and keys", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_APPLICATIONS", "Create and manage application keys", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_ADMIN_NOTIFICATIONS", "Manage admin notifications", CRITICAL, SERVICE));
        all.add(new Permission(team, "IMPORT_MEMBERS", "Import members", CRITICAL, SERVICE));
        all.add(new Permission(team, "MANAGE_MEMBER_LOCKING_POLICY", "Manage the member locking policy", CRITICAL, SERVICE));

        Service studio = Service.PACKAGE_MANAGER;
        all.add(new Permission(studio, "MANAGE_PERMISSIONS", "Manage Studio permissions", CRITICAL, ANY));
        all.add(new Permission(studio, "EDIT_ALL_SPACES", "Edit all spaces", HIGH, SERVICE));
        all.add(new Permission(studio, "CREATE_SPACE", "Create spaces", HIGH, SERVICE));
        all.add(new Permission(studio, "DELETE_ALL_SPACES", "Delete all spaces", HIGH, SERVICE));
        all.add(new Permission(studio, ACCESS_CHILD, "Has grants on single spaces or packages", LOW, SERVICE));
        all.add(new Permission(studio, "USE", "Use the space", LOW, OBJECT));
        all.add(new Permission(studio, "CREATE_PACKAGE", "Create packages in the space", HIGH, OBJECT));
        all.add(new Permission(studio, "EDIT_SPACE", "Edit the space", HIGH, OBJECT));
        all.add(new Permission(studio, "DELETE_SPACE", "Delete the space", HIGH, OBJECT));
        all.add(new Permission(studio, "USE_ALL_PACKAGES", "Use all packages in the space", LOW, OBJECT));
        all.add(new Permission(studio, "EDIT_ALL_PACKAGES", "Edit all packages in the space", HIGH, OBJECT));
        all.add(new Permission(studio, "DELETE_ALL_PACKAGES", "Delete all packages in the space", HIGH, OBJECT));
        all.add(new Permission(studio, "USE_PACKAGE", "Use the package", LOW, OBJECT));
        all.add(new Permission(studio, "EDIT_PACKAGE", "Edit the package", HIGH, OBJECT));
        all.add(new Permission(studio, "DELETE_PACKAGE", "Delete the package", HIGH, OBJECT));

        Service di = Service.EVENT_COLLECTION;
        all.add(new Permission(di, "USE_ALL_DATA_MODELS", "Use all data models", LOW, ANY));
        all.add(new Permission(di, "EDIT_ALL_DATA_POOLS", "Edit all data pools", HIGH, ANY));
        all.add(new Permission(di, "CREATE_DATA_POOL", "Create data pools", HIGH, ANY));
        all.add(new Permission(di, ACCESS_CHILD, "Has grants on single data pools", LOW, ANY));
        all.add(new Permission(di, "ADMIN", "Administer the data pool", HIGH, OBJECT));
        all.add(new Permission(di, "DATA_PUSH_API", "Push data into the pool", HIGH, OBJECT));
        all.add(new Permission(di, "CONTINUOUS_DATA_PUSH_API", "Push data continuously into the pool", HIGH, OBJECT));

        Service ml = Service.ML_WORKBENCH;
        all.add(new Permission(ml, "EDIT_SCHEDULERS", "Edit schedulers (they run code)", HIGH, SERVICE));
        all.add(new Permission(ml, "USE_ALL_SCHEDULERS", "Use all schedulers", LOW, SERVICE));
        all.add(new Permission(ml, "CREATE_SCHEDULERS", "Create schedulers (they run code)", HIGH, SERVICE));
        all.add(new Permission(ml, "VIEW_CONFIGURATION", "View the configuration", LOW, SERVICE));

        Service files = Service.STORAGE_MANAGER;
        all.add(new Permission(files, "GET", "Read stored files", HIGH, SERVICE));
        all.add(new Permission(files, "LIST", "List stored files", HIGH, SERVICE));

        Service pa = Service.PROCESS_ANALYTICS;
        all.add(new Permission(pa, "CREATE_WORKSPACE", "Create workspaces", HIGH, SERVICE));
        all.add(new Permission(pa, "USE_ANALYSIS", "Use the analysis", LOW, OBJECT));
        all.add(new Permission(pa, "EDIT_ANALYSIS", "Edit the analysis", HIGH, OBJECT));
        all.add(new Permission(pa, "EXPORT_CONTENT", "Export the analysis' content", HIGH, OBJECT));
        all.add(new Permission(pa, "MANAGE_PERMISSIONS", "Manage the analysis' permissions", CRITICAL, OBJECT));

        Map<Service, Map<String, Permission>> byService = new LinkedHashMap<>();
        for (Permission p : all) {
            byService.computeIfAbsent(p.service(), s -> new LinkedHashMap<>()).put(p.name(), p);
        }
        byService.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(byService);
    }
}
