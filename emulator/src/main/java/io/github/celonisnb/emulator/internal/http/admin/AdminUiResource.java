package io.github.celonisnb.emulator.internal.http.admin;

import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.http.ui.UiServer;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /emulator/api/ui/login-link}: a new one-time login link for the web page, for a browser
 * that lost its session. Served only when the web page is on.
 */
public final class AdminUiResource {

    /** The path of the route. */
    public static final String LOGIN_LINK = "/emulator/api/ui/login-link";

    private final UiServer ui;

    public AdminUiResource(UiServer ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(Route.admin("POST", LOGIN_LINK, request -> Response.json(200,
                new AdminJson.LoginLink(ui.newLoginUrl().toString()))));
    }
}
