package io.github.celonisnb.emulator.internal.http.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to the web page as an action sees it: path parameters, the session (always present on
 * pages that need one), the submitted form, and whether a flag was set in the query.
 */
record UiRequest(Map<String, String> params, Optional<UiSession> session, FormBody form, Optional<String> query) {

    UiRequest {
        params = Map.copyOf(params);
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(query, "query");
    }

    /** The signed-in session; the server only calls actions that need one when there is one. */
    UiSession requireSession() {
        return session.orElseThrow(() -> new IllegalStateException("this page is only served to a signed-in browser"));
    }

    /** A path parameter of the route. */
    String param(String name) {
        return Objects.requireNonNull(params.get(name), () -> "the route has no placeholder {" + name + "}");
    }

    /** Whether the raw query is exactly this word, e.g. {@code saved} in {@code ?saved}. */
    boolean queryIs(String word) {
        return query.filter(word::equals).isPresent();
    }
}
