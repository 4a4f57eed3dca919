package io.github.celonisnb.emulator.internal.http.ui;

import static io.github.celonisnb.emulator.internal.http.ui.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The frame every page shares: head with the emulator's own style and script, a header, the main part. */
final class Layout {

    /** The prefix of every path of the web page. */
    static final String ROOT = "/emulator/ui";
    static final String APPLICATIONS = ROOT + "/applications";
    static final String LOGIN = ROOT + "/login";
    static final String LOGOUT = ROOT + "/logout";
    static final String SCRIPT = ROOT + "/static/ui.js";
    static final String STYLE = ROOT + "/static/ui.css";

    /** The name of the hidden field that carries the CSRF token in every form. */
    static final String CSRF_FIELD = "csrf";

    private Layout() {
    }

    /**
     * A whole page. {@code title} is text (escaped here); {@code main} is markup the caller built with
     * every value escaped. With a session, the header offers signing out.
     */
    static String page(String title, Optional<UiSession> session, String main) {
        String signOut = session.map(s -> "<form class=\"sign-out\" method=\"post\" action=\"" + LOGOUT + "\">"
                + csrfField(s) + "<button type=\"submit\" class=\"link\">Sign out</button></form>").orElse("");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · Admin &amp; Settings · EMS emulator</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLE + "\">\n"
                + "<script src=\"" + SCRIPT + "\" defer></script>\n</head>\n<body>\n"
                + "<header><span class=\"brand\">EMS emulator</span>"
                + "<nav aria-label=\"Where you are\">Admin &amp; Settings › <a href=\"" + APPLICATIONS
                + "\">Applications</a></nav>" + signOut + "</header>\n"
                + "<main>\n" + main + "\n</main>\n</body>\n</html>\n";
    }

    /** The hidden field with the session's CSRF token, for every form that changes something. */
    static String csrfField(UiSession session) {
        return "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + escape(session.csrfToken()) + "\">";
    }

    /** The path of one application's pages, e.g. {@code /emulator/ui/applications/<id>/permissions}; not escaped. */
    static String applicationPath(String keyId, String rest) {
        return APPLICATIONS + "/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8) + rest;
    }

    /** A paragraph that reports what just happened, e.g. after saving. */
    static String flash(String text) {
        return "<p class=\"flash\" role=\"status\">" + escape(text) + "</p>";
    }
}
