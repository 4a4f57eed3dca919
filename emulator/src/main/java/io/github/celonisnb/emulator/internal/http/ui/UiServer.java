package io.github.celonisnb.emulator.internal.http.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.celonisnb.emulator.InvalidGrantException;
import io.github.celonisnb.emulator.StateFileException;
import io.github.celonisnb.emulator.UnknownKeyException;
import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.emulator.internal.http.BadRequestException;
import io.github.celonisnb.emulator.internal.http.PathPattern;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.ResponseWriter;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Admin &amp; Settings web page under {@code /emulator/ui}: Applications, a new key shown once,
 * View Permissions and Permissions, Delete.
 *
 * <p>Protections, in the order they are checked: a path it does not serve is 404 and a wrong method
 * 405; a POST whose {@code Origin} is not the emulator's own is refused; a page other than signing in
 * needs the session cookie, which only the one-time login token gets; a POST needs the session's CSRF
 * token. Every answer carries a strict Content-Security-Policy and forbids framing and caching.
 */
public final class UiServer implements HttpHandler {

    /** The prefix of every path the page serves. */
    public static final String PREFIX = Layout.ROOT;

    /** The session cookie's name. */
    static final String COOKIE = "celonis_emulator_ui";

    /** Scripts and styles only from the emulator itself, nothing inline, no framing, forms only to itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final System.Logger LOG = System.getLogger(UiServer.class.getName());

    private final List<UiRoute> routes;
    private final UiSessions sessions;
    private final LoginTokens loginTokens = new LoginTokens();
    private final URI baseUrl;
    private final Set<String> ownOrigins;
    private final boolean secureCookie;
    private final byte[] script;
    private final byte[] style;
    private final String newLinkCommand;

    /**
     * A page working on this tenant.
     *
     * @param baseUrl        where the emulator serves, e.g. {@code http://127.0.0.1:41234}: the only origin
     *                       whose forms are accepted (with {@code localhost} for {@code 127.0.0.1}), and the
     *                       URL a new key's {@code app.json} names
     * @param adminTokenFile where the admin token is written, when known, so that the pages can name the
     *                       file in the command that prints a new login link
     * @param caFile         the CA certificate file clients must trust, with TLS; named in the same command
     */
    public UiServer(Tenant tenant, URI baseUrl, Clock clock, Optional<Path> adminTokenFile, Optional<Path> caFile) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.newLinkCommand = "celonis-nb emulator login-link --url " + baseUrl + " --admin-token-file "
                + adminTokenFile.map(Path::toString).orElse("FILE") + caFile.map(f -> " --ca-file " + f).orElse("")
                + (adminTokenFile.isPresent() ? "" : " (FILE: the admin token file the emulator named when it started)");
        this.sessions = new UiSessions(clock);
        this.secureCookie = "https".equals(baseUrl.getScheme());
        String port = ":" + baseUrl.getPort();
        this.ownOrigins = Set.of(baseUrl.getScheme() + "://127.0.0.1" + port, baseUrl.getScheme() + "://localhost" + port);
        this.script = resource("ui.js");
        this.style = resource("ui.css");
        this.routes = routes(new ApplicationActions(tenant, baseUrl));
    }

    /**
     * A new login link with a fresh one-time token in its fragment, e.g.
     * {@code http://127.0.0.1:41234/emulator/ui/login#token=...}. An earlier link not used yet stops working.
     */
    public URI newLoginUrl() {
        return URI.create(baseUrl + Layout.LOGIN + "#token=" + loginTokens.issue());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            ResponseWriter.send(exchange, secured(answer(exchange)));
        } finally {
            exchange.close();
        }
    }

    private List<UiRoute> routes(ApplicationActions actions) {
        String apps = Layout.APPLICATIONS;
        return List.of(
                UiRoute.open("GET", PREFIX, r -> Pages.seeOther(Layout.APPLICATIONS)),
                UiRoute.open("GET", Layout.LOGIN, r -> Pages.html(200, NoticePages.login(Optional.empty()))),
                UiRoute.open("POST", Layout.LOGIN, this::signIn),
                UiRoute.open("GET", Layout.SCRIPT, r -> asset("text/javascript;charset=UTF-8", script)),
                UiRoute.open("GET", Layout.STYLE, r -> asset("text/css;charset=UTF-8", style)),
                UiRoute.signedIn("POST", Layout.LOGOUT, this::signOut),
                UiRoute.signedIn("GET", apps, actions::list),
                UiRoute.signedIn("POST", apps, actions::create),
                UiRoute.signedIn("GET", apps + "/new", actions::newForm),
                UiRoute.signedIn("GET", apps + "/{id}", actions::view),
                UiRoute.signedIn("GET", apps + "/{id}/permissions", actions::editForm),
                UiRoute.signedIn("POST", apps + "/{id}/permissions", actions::save),
                UiRoute.signedIn("GET", apps + "/{id}/delete", actions::confirmDelete),
                UiRoute.signedIn("POST", apps + "/{id}/delete", actions::delete));
    }

    private Response answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        Optional<UiSession> session = sessionOf(exchange);
        List<UiRoute> forPath = routes.stream().filter(r -> r.path().match(path).isPresent()).toList();
        if (forPath.isEmpty()) {
            return Pages.html(404, NoticePages.problem("Page not found", "This emulator serves no page at " + SafeText.quote(path) + ".",
                    "Start from Applications.", session));
        }
        Optional<UiRoute> route = forPath.stream().filter(r -> r.method().equals(method)).findFirst();
        if (route.isEmpty()) {
            String allowed = forPath.stream().map(UiRoute::method).distinct().collect(Collectors.joining(", "));
            return Pages.html(405, NoticePages.problem("Method not allowed", "The method " + SafeText.quote(method) + " is not answered at this address.",
                    "Use the page's links and buttons.", session)).withHeader("Allow", allowed);
        }
        UiRoute chosen = route.get();
        boolean changes = "POST".equals(method);
        if (changes && !fromOwnPage(exchange)) {
            return Pages.html(403, NoticePages.problem("Refused", "This form was not sent from the emulator's own page "
                    + "(its Origin header is missing, repeated, or names another site), so nothing was changed.",
                    "Open the emulator's page at " + baseUrl + Layout.ROOT + " and use its forms.", session));
        }
        if (chosen.needsSession() && session.isEmpty()) {
            return notSignedIn();
        }
        try {
            FormBody form = changes ? FormBody.read(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestBody()) : FormBody.empty();
            if (changes && chosen.needsSession()
                    && !session.get().acceptsCsrf(form.first(Layout.CSRF_FIELD).orElse(null))) {
                return Pages.html(403, NoticePages.problem("Form expired", "The form's security token is missing or "
                        + "belongs to another sign-in, so nothing was changed.",
                        "Load the page again and repeat the change; if that fails, sign in again with a new login link.",
                        session));
            }
            Map<String, String> params = chosen.path().match(path).orElseThrow();
            return chosen.action().apply(new UiRequest(params, session, form,
                    Optional.ofNullable(exchange.getRequestURI().getRawQuery())));
        } catch (UnknownKeyException e) {
            return Pages.html(404, NoticePages.problem("No such application", "No application has the id "
                    + SafeText.quote(e.keyId()) + "; it may have been deleted.", "Pick one from Applications.", session));
        } catch (BadRequestException e) {
            if (!chosen.needsSession()) {
                return Pages.html(400, NoticePages.login(Optional.of("The sign-in was not sent by the login form (it "
                        + "must be a form post, " + FormBody.FORM_TYPE + "), so you are not signed in. Open the login "
                        + "link in a browser, or paste its token below.")));
            }
            return Pages.html(400, NoticePages.problem("Not changed", e.getMessage(),
                    "Go back, correct the form and send it again.", session));
        } catch (InvalidGrantException e) {
            return Pages.html(400, NoticePages.problem("Not changed", e.getMessage(),
                    "Go back, correct the form and send it again.", session));
        } catch (StateFileException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return Pages.html(500, NoticePages.problem("Not saved", e.getMessage(),
                    "Nothing was changed. Fix the state file's problem and try again.", session));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Page " + chosen.path() + " failed: " + e.getClass().getName());
            return Pages.html(500, NoticePages.problem("Something went wrong", "The emulator could not answer this page.",
                    "Try again; the emulator's terminal may say more.", session));
        }
    }

    /** Spends the one-time token for a new session; a second use of the same token is refused. */
    private Response signIn(UiRequest request) {
        if (!loginTokens.redeem(request.form().first(NoticePages.TOKEN_FIELD).orElse(null))) {
            return Pages.html(403, NoticePages.login(Optional.of("This login token is wrong or was used already: a "
                    + "login link works once. Get a new one in the terminal with: " + newLinkCommand + ".")));
        }
        UiSession session = sessions.open();
        return Pages.seeOther(Layout.APPLICATIONS).withHeader("Set-Cookie", cookie(session.id(),
                UiSessions.LIFETIME.toSeconds()));
    }

    private Response signOut(UiRequest request) {
        sessions.close(request.requireSession());
        return Pages.html(200, NoticePages.login(Optional.of("Signed out. To sign in again, use a new login link.")))
                .withHeader("Set-Cookie", cookie("", 0));
    }

    private Response notSignedIn() {
        return Pages.html(403, NoticePages.login(Optional.of("You are not signed in, or your sign-in has expired. "
                + "Sign in again with a new login link; get one in the terminal with: " + newLinkCommand + ".")));
    }

    /** HttpOnly (scripts cannot read it), SameSite=Strict (no other site's request carries it), this page's path only. */
    private String cookie(String value, long maxAgeSeconds) {
        return COOKIE + "=" + value + "; Path=" + PREFIX + "; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secureCookie ? "; Secure" : "");
    }

    /** Exactly one Origin header, naming the emulator: a second one could make any check of the first moot. */
    private boolean fromOwnPage(HttpExchange exchange) {
        List<String> origins = exchange.getRequestHeaders().get("Origin");
        return origins != null && origins.size() == 1 && ownOrigins.contains(origins.get(0));
    }

    private Optional<UiSession> sessionOf(HttpExchange exchange) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String pair = part.trim();
                if (pair.startsWith(COOKIE + "=")) {
                    Optional<UiSession> found = sessions.find(pair.substring(COOKIE.length() + 1));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Response asset(String type, byte[] content) {
        return new Response(200, Map.of("Cache-Control", "no-cache"), type, content);
    }

    private static Response secured(Response response) {
        Response secured = response
                .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Frame-Options", "DENY")
                // Not no-referrer: with it, browsers send "Origin: null" on the page's own form posts, and the
                // Origin check could not tell them from a foreign site's. Nothing secret is ever in a URL here.
                .withHeader("Referrer-Policy", "same-origin")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Cross-Origin-Opener-Policy", "same-origin");
        return response.headers().containsKey("Cache-Control") ? secured : secured.withHeader("Cache-Control", "no-store");
    }

    private static byte[] resource(String name) {
        try (InputStream in = UiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page's " + name + " is missing from the emulator's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One address of the page: method, path, whether it needs a session, and what it does. */
    private record UiRoute(String method, PathPattern path, boolean needsSession, Function<UiRequest, Response> action) {

        static UiRoute open(String method, String path, Function<UiRequest, Response> action) {
            return new UiRoute(method, PathPattern.of(path), false, action);
        }

        static UiRoute signedIn(String method, String path, Function<UiRequest, Response> action) {
            return new UiRoute(method, PathPattern.of(path), true, action);
        }
    }
}
