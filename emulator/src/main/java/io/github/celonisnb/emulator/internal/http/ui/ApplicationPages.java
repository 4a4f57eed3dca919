package io.github.celonisnb.emulator.internal.http.ui;

import static io.github.celonisnb.emulator.internal.http.ui.Html.escape;

import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The pages of Admin &amp; Settings → Applications: the list, a new key, the key shown once, deleting. */
final class ApplicationPages {

    /** How dates are shown: minutes are enough to tell keys apart in a class. */
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Characters of a key id shown in the list; the full id is in each application's address. */
    static final int SHORT_ID = 8;

    private ApplicationPages() {
    }

    /** The table of applications, newest last, each with its menu. */
    static String list(UiSession session, List<KeyInfo> applications, Optional<String> flash) {
        StringBuilder main = new StringBuilder("<h1>Applications</h1>\n");
        flash.ifPresent(f -> main.append(Layout.flash(f)).append('\n'));
        main.append("<p class=\"lead\">An application key belongs to an application, not to a person. It starts with no "
                + "permissions: grant it only what its notebook needs.</p>\n");
        main.append("<p><a class=\"button primary\" id=\"new-application-key\" href=\"" + Layout.APPLICATIONS
                + "/new\">New Application Key</a></p>\n");
        if (applications.isEmpty()) {
            main.append("<p class=\"empty\" id=\"no-applications\">No applications yet.</p>");
        } else {
            main.append("<table class=\"applications\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Created</th>"
                    + "<th scope=\"col\">Key id</th><th scope=\"col\"><span class=\"hidden\">Actions</span></th></tr></thead>\n<tbody>\n");
            for (KeyInfo app : applications) {
                main.append(row(app));
            }
            main.append("</tbody>\n</table>");
        }
        return Layout.page("Applications", Optional.of(session), main.toString());
    }

    private static String row(KeyInfo app) {
        String name = escape(app.name());
        String view = escape(Layout.applicationPath(app.id(), ""));
        String edit = escape(Layout.applicationPath(app.id(), "/permissions"));
        String delete = escape(Layout.applicationPath(app.id(), "/delete"));
        return "<tr data-key-id=\"" + escape(app.id()) + "\"><td class=\"name\">" + name + "</td><td>"
                + escape(CREATED.format(app.createdAt())) + "</td><td><code title=\"" + escape(app.id()) + "\">"
                + escape(app.id().substring(0, Math.min(SHORT_ID, app.id().length()))) + "…</code></td>"
                + "<td><details class=\"menu\"><summary aria-label=\"Actions for " + name + "\">⋮</summary><ul>"
                + "<li><a class=\"view-permissions\" href=\"" + view + "\">View Permissions</a></li>"
                + "<li><a class=\"edit-permissions\" href=\"" + edit + "\">Permissions</a></li>"
                + "<li><a class=\"delete\" href=\"" + delete + "\">Delete</a></li></ul></details></td></tr>\n";
    }

    /**
     * The form that names a new application; {@code problem} is shown above it when the last try failed.
     * {@code formToken} is the form's own single-use token, besides the session's CSRF token.
     */
    static String newKey(UiSession session, Optional<String> problem, String name, String formToken) {
        String main = "<h1>New Application Key</h1>\n"
                + problem.map(p -> "<p class=\"problem\" role=\"alert\">" + escape(p) + "</p>\n").orElse("")
                + "<form method=\"post\" action=\"" + Layout.APPLICATIONS + "\" class=\"stacked\">" + Layout.csrfField(session)
                + "<input type=\"hidden\" name=\"" + ApplicationActions.FORM_FIELD + "\" value=\"" + escape(formToken) + "\">"
                + "<label for=\"name\">Application name</label>"
                + "<input id=\"name\" name=\"name\" required maxlength=\"" + Tenant.MAX_NAME_LENGTH + "\" autocomplete=\"off\" value=\"" + escape(name) + "\">"
                + "<p class=\"hint\">Name it after what uses it, e.g. <em>notebook-01</em>, so that it is clear what breaks when "
                + "it is deleted.</p>"
                + "<p><button type=\"submit\" class=\"primary\" id=\"create\">Create</button> "
                + "<a href=\"" + Layout.APPLICATIONS + "\">Cancel</a></p></form>";
        return Layout.page("New Application Key", Optional.of(session), main);
    }

    /**
     * The answer to creating a key: the only page that ever holds its value. It is sent with
     * {@code Cache-Control: no-store}, and nothing of it is kept on the server.
     */
    static String created(UiSession session, IssuedKey key, URI emsUrl) {
        String appJson = "{\"url\": \"" + emsUrl + "\", \"api_token\": \"" + key.value() + "\"}";
        String main = "<h1>Application key created</h1>\n"
                + "<p>The application <strong class=\"name\">" + escape(key.name()) + "</strong> has a new key. "
                + "It has no permissions yet.</p>\n"
                + "<div class=\"warning\" role=\"alert\"><p><strong>Copy the key now: it will not be shown again.</strong> "
                + "Keep it safe: whoever holds it can do everything its permissions allow. Never paste it into a notebook; "
                + "if it leaks, delete the application.</p></div>\n"
                + "<h2>The key</h2>\n<div class=\"secret\"><code id=\"new-key\">" + escape(key.value()) + "</code>"
                + "<button type=\"button\" data-copy=\"new-key\" id=\"copy-key\">Copy key</button></div>\n"
                + "<h2>Where to put it</h2>\n<p>Save this as <code>~/pycelonis-profiles/app.json</code> (readable by you only: "
                + "<code>chmod 600 ~/pycelonis-profiles/app.json</code>); <code>%celonis_login --app-key</code> reads it from "
                + "there. The URL is this emulator's.</p>\n"
                + "<div class=\"secret\"><pre id=\"app-json\">" + escape(appJson) + "</pre>"
                + "<button type=\"button\" data-copy=\"app-json\" id=\"copy-app-json\">Copy app.json</button></div>\n"
                + "<p><a class=\"button\" href=\"" + escape(Layout.applicationPath(key.id(), "")) + "\">View Permissions</a> "
                + "<a class=\"button primary\" href=\"" + escape(Layout.applicationPath(key.id(), "/permissions"))
                + "\">Permissions</a> <a href=\"" + Layout.APPLICATIONS + "\">Back to Applications</a></p>";
        return Layout.page("Application key created", Optional.of(session), main);
    }

    /** Asks before deleting: the key stops working at once. */
    static String confirmDelete(UiSession session, KeyInfo app) {
        String main = "<h1>Delete application</h1>\n"
                + "<p>Delete <strong class=\"name\">" + escape(app.name()) + "</strong>? Its key stops working at once: the "
                + "next call a notebook makes with it is rejected with 401. This cannot be undone.</p>\n"
                + "<form method=\"post\" action=\"" + escape(Layout.applicationPath(app.id(), "/delete")) + "\">"
                + Layout.csrfField(session)
                + "<button type=\"submit\" class=\"danger\" id=\"confirm-delete\">Delete</button> "
                + "<a href=\"" + Layout.APPLICATIONS + "\">Cancel</a></form>";
        return Layout.page("Delete application", Optional.of(session), main);
    }
}
