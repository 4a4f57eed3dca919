package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.celonisnb.magics.secrets.KeyType;

/** Builds what EMS would list for a key: every service in server order, and the objects it sees. */
final class Access {

    private final KeyType keyType;
    private final String owner;
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final List<ListedObject> objects = new ArrayList<>();
    private final Set<ObjectKind> unlisted = EnumSet.noneOf(ObjectKind.class);

    private Access(KeyType keyType, String owner) {
        this.keyType = keyType;
        this.owner = owner;
        Service.inServerOrder().forEach(s -> services.put(s.serviceName(), List.of()));
    }

    static Access app(String name) {
        return new Access(KeyType.APP_KEY, name);
    }

    static Access user(String name) {
        return new Access(KeyType.USER_KEY, name);
    }

    Access service(String serviceName, String... names) {
        services.put(serviceName, List.of(names));
        return this;
    }

    Access pool(String id, String name, String... names) {
        objects.add(new ListedObject(ObjectKind.DATA_POOL, id, name, List.of(names)));
        return this;
    }

    Access space(String id, String name, String... names) {
        objects.add(new ListedObject(ObjectKind.SPACE, id, name, List.of(names)));
        return this;
    }

    Access unlisted(ObjectKind kind) {
        unlisted.add(kind);
        return this;
    }

    KeyAccess build() {
        List<ListedService> listed = new ArrayList<>();
        services.forEach((name, names) -> listed.add(new ListedService(name, names)));
        return new KeyAccess(keyType, owner, listed, objects, unlisted);
    }

    PermissionReport report() {
        return PermissionReport.of(build());
    }

    /** Each row as {@code service|permission|risk|on|effect}. */
    static List<String> lines(PermissionReport report) {
        return report.rows().stream().map(r -> r.serviceName() + "|" + r.permission() + "|" + r.risk().word() + "|"
                + r.target().describe() + "|" + r.effectText()).toList();
    }

    /** Each row as {@code permission|on|verdict}. */
    static List<String> verdicts(PermissionReport report) {
        return report.rows().stream().map(r -> r.permission() + "|" + r.target().describe() + "|"
                + r.verdict().word()).toList();
    }

    /** The admin's team rights, in catalogue order. */
    static String[] teamRights() {
        return PermissionCatalog.serviceLevel(Service.TEAM).stream().map(Permission::name).toArray(String[]::new);
    }
}
