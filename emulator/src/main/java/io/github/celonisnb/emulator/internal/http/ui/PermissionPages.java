package io.github.celonisnb.emulator.internal.http.ui;

import static io.github.celonisnb.emulator.internal.http.ui.Html.escape;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.internal.access.AccessRules.ServiceRights;
import io.github.celonisnb.magics.permissions.ObjectKind;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Risk;
import io.github.celonisnb.magics.permissions.Service;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * View Permissions (what {@code GET /api/cloud/permissions} lists for the key) and Permissions (the
 * ticks that change it), in the words and risk levels of the shared {@link PermissionCatalog}.
 */
final class PermissionPages {

    /** The field every tick of the edit form is sent in; its values are grants in {@link Grant#parse} form. */
    static final String GRANT_FIELD = "grant";

    private PermissionPages() {
    }

    /** What the EMS endpoints would list for this key now, per service; "No permissions found" when nothing. */
    static String view(UiSession session, KeyInfo app, List<ServiceRights> listed) {
        StringBuilder main = new StringBuilder("<h1>Permissions of <span class=\"name\">" + escape(app.name())
                + "</span></h1>\n<p class=\"lead\">What <code>GET /api/cloud/permissions</code> lists for this key, so "
                + "what a notebook that logs in with it sees.</p>\n");
        List<ServiceRights> held = listed.stream().filter(r -> !r.permissions().isEmpty()).toList();
        if (held.isEmpty()) {
            main.append("<p class=\"empty\" id=\"no-permissions\">No permissions found</p>\n");
        } else {
            main.append("<table class=\"permissions\" id=\"listed-permissions\">\n<thead><tr><th scope=\"col\">Service</th>"
                    + "<th scope=\"col\">Permission</th><th scope=\"col\">What it allows</th><th scope=\"col\">Risk</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (ServiceRights rights : held) {
                for (String name : rights.permissions()) {
                    Optional<Permission> known = PermissionCatalog.find(rights.service(), name);
                    Risk risk = known.map(Permission::risk)
                            .orElseGet(() -> PermissionCatalog.riskOf(rights.service().serviceName(), name));
                    main.append("<tr data-service=\"").append(escape(rights.service().serviceName())).append("\"><td>")
                            .append(escape(rights.service().displayName())).append(" <small><code>")
                            .append(escape(rights.service().serviceName())).append("</code></small></td><td><code>")
                            .append(escape(name)).append("</code></td><td>")
                            .append(escape(known.map(Permission::description).orElse("Not known to the catalogue")))
                            .append("</td><td>").append(badge(risk)).append("</td></tr>\n");
                }
            }
            main.append("</tbody>\n</table>\n");
        }
        List<Grant> onObjects = app.grants().stream().filter(Grant::isObjectLevel).toList();
        if (!onObjects.isEmpty()) {
            main.append("<h2>Grants on single objects</h2>\n<ul class=\"object-grants\">\n");
            for (Grant grant : onObjects) {
                ObjectRef object = grant.object().orElseThrow();
                main.append("<li>").append(escape(objectTitle(object))).append(": ")
                        .append(grant.permissions().stream().map(n -> "<code>" + escape(n) + "</code>")
                                .collect(Collectors.joining(", ")))
                        .append("</li>\n");
            }
            main.append("</ul>\n");
        }
        main.append("<p><a class=\"button primary\" id=\"edit-permissions\" href=\"")
                .append(escape(Layout.applicationPath(app.id(), "/permissions"))).append("\">Edit permissions</a> ")
                .append("<a href=\"").append(Layout.APPLICATIONS).append("\">Back to Applications</a></p>");
        return Layout.page("View Permissions", Optional.of(session), main.toString());
    }

    /** One section per service with a tick per permission, and per pool or space for grants on one object. */
    static String edit(UiSession session, KeyInfo app, Optional<String> flash) {
        List<Service> services = Service.inServerOrder().stream()
                .filter(s -> !PermissionCatalog.serviceLevel(s).isEmpty() || ObjectKind.of(s).isPresent()).toList();
        StringBuilder main = new StringBuilder("<h1>Permissions of <span class=\"name\">" + escape(app.name())
                + "</span></h1>\n");
        flash.ifPresent(f -> main.append(Layout.flash(f)).append('\n'));
        main.append("<p class=\"lead\">Tick only what the notebook needs. A change counts from the next call a notebook "
                + "makes with the key.</p>\n<nav class=\"services\" aria-label=\"Services\">");
        main.append(services.stream().map(s -> "<a href=\"#service-" + escape(s.serviceName()) + "\">"
                + escape(s.displayName()) + "</a>").collect(Collectors.joining(" · ")));
        main.append("</nav>\n<form method=\"post\" action=\"")
                .append(escape(Layout.applicationPath(app.id(), "/permissions"))).append("\">")
                .append(Layout.csrfField(session)).append('\n');
        for (Service service : services) {
            main.append(serviceSection(app, service));
        }
        main.append("<p class=\"actions\"><button type=\"submit\" class=\"primary\" id=\"save\">Save</button> <a href=\"")
                .append(escape(Layout.applicationPath(app.id(), ""))).append("\">View Permissions</a></p>\n</form>");
        return Layout.page("Permissions", Optional.of(session), main.toString());
    }

    private static String serviceSection(KeyInfo app, Service service) {
        List<String> held = heldOnService(app, service);
        StringBuilder out = new StringBuilder("<section class=\"service\" id=\"service-" + escape(service.serviceName())
                + "\">\n<h2>" + escape(service.displayName()) + " <small><code>" + escape(service.serviceName())
                + "</code></small></h2>\n");
        List<Permission> serviceLevel = PermissionCatalog.serviceLevel(service);
        if (!serviceLevel.isEmpty()) {
            out.append("<fieldset><legend>Whole service</legend>\n");
            for (Permission p : serviceLevel) {
                out.append(tick("grant-" + service.serviceName() + "-" + p.name(), service.serviceName() + ":" + p.name(),
                        p, held.contains(p.name())));
            }
            out.append("</fieldset>\n");
        }
        Optional<ObjectKind> kind = ObjectKind.of(service);
        if (kind.isPresent()) {
            ObjectType type = typeOf(kind.get());
            List<String> covering = held.stream().filter(kind.get()::coversEveryObject).toList();
            for (ObjectRef object : seeded(type)) {
                out.append(objectFieldset(app, service, kind.get(), object, covering));
            }
        }
        return out.append("</section>\n").toString();
    }

    private static String objectFieldset(KeyInfo app, Service service, ObjectKind kind, ObjectRef object,
                                         List<String> covering) {
        List<String> own = heldOnObject(app, object);
        StringBuilder out = new StringBuilder("<fieldset class=\"object\" id=\"" + escape(object.type().word() + "-"
                + object.id()) + "\"><legend>" + escape(objectTitle(object)) + " only</legend>\n");
        for (Permission p : PermissionCatalog.objectLevel(service)) {
            // Names that also exist at service level read as "all pools" in words; on one object they are offered
            // only when already held there (granted through the admin surface), so that saving keeps them.
            boolean offered = p.scope() == Permission.Scope.OBJECT || own.contains(p.name());
            if (p.isChildAccessMarker() || !offered) {
                continue;
            }
            out.append(tick("grant-" + object.type().word() + "-" + object.id() + "-" + p.name(),
                    service.serviceName() + ":" + object + ":" + p.name(), p, own.contains(p.name())));
        }
        if (!own.isEmpty() && !covering.isEmpty()) {
            out.append("<p class=\"note\" role=\"note\">No effect: ").append(escape(String.join(" and ", covering)))
                    .append(covering.size() == 1 ? " reaches" : " reach").append(" every ").append(escape(kind.shortWord()))
                    .append(" at service level, so this one-").append(escape(kind.shortWord()))
                    .append(" grant changes nothing. Untick ").append(covering.size() == 1 ? "it" : "them")
                    .append(" under Whole service to limit the key to this ").append(escape(kind.shortWord()))
                    .append(".</p>\n");
        }
        return out.append("</fieldset>\n").toString();
    }

    private static String tick(String id, String value, Permission p, boolean checked) {
        return "<div class=\"tick\"><input type=\"checkbox\" name=\"" + GRANT_FIELD + "\" id=\"" + escape(id)
                + "\" value=\"" + escape(value) + "\"" + (checked ? " checked" : "") + "><label for=\"" + escape(id)
                + "\"><code>" + escape(p.name()) + "</code> " + escape(p.description()) + "</label> " + badge(p.risk())
                + "</div>\n";
    }

    private static String badge(Risk risk) {
        return "<span class=\"risk risk-" + escape(risk.word()) + "\">" + escape(risk.word()) + "</span>";
    }

    private static List<String> heldOnService(KeyInfo app, Service service) {
        return app.grants().stream().filter(g -> g.service() == service && !g.isObjectLevel())
                .flatMap(g -> g.permissions().stream()).toList();
    }

    private static List<String> heldOnObject(KeyInfo app, ObjectRef object) {
        return app.grants().stream().filter(g -> g.object().filter(object::equals).isPresent())
                .flatMap(g -> g.permissions().stream()).toList();
    }

    private static ObjectType typeOf(ObjectKind kind) {
        return switch (kind) {
            case DATA_POOL -> ObjectType.POOL;
            case SPACE -> ObjectType.SPACE;
        };
    }

    private static List<ObjectRef> seeded(ObjectType type) {
        return switch (type) {
            case POOL -> SeedData.pools().stream().map(p -> new ObjectRef(type, p.id())).toList();
            case SPACE -> SeedData.spaces().stream().map(s -> new ObjectRef(type, s.id())).toList();
        };
    }

    /** E.g. {@code Data pool 'Sandbox'}. */
    static String objectTitle(ObjectRef object) {
        return switch (object.type()) {
            case POOL -> "Data pool '" + SeedData.pool(object.id()).map(SeedData.Pool::name).orElse(object.id()) + "'";
            case SPACE -> "Space '" + SeedData.space(object.id()).map(SeedData.Space::name).orElse(object.id()) + "'";
        };
    }
}
