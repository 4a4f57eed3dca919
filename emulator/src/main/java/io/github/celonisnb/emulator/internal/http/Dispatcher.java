package io.github.celonisnb.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.AuthScheme;
import io.github.celonisnb.emulator.InvalidGrantException;
import io.github.celonisnb.emulator.InvalidKeyRequestException;
import io.github.celonisnb.emulator.RecordedRequest;
import io.github.celonisnb.emulator.StateFileException;
import io.github.celonisnb.emulator.UnknownKeyException;
import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.emulator.internal.auth.AuthorizationHeader;
import io.github.celonisnb.emulator.internal.state.Caller;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The single entry point of every request: finds the route, authenticates (a key on EMS paths, the
 * admin token on {@code /emulator/api}), calls the handler, maps failures to answers, records EMS
 * requests and writes the answer.
 *
 * <p>Order of checks: unknown path (404), then wrong method (405), then authentication (401), then
 * the handler. A path is judged before the caller so that a wrong base URL reads as "not found"
 * whatever key is used.
 */
public final class Dispatcher implements HttpHandler {

    /** Paths under this prefix are the emulator's own; everything else is an EMS path. */
    public static final String ADMIN_PREFIX = "/emulator/";

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final List<Route> routes;
    private final Tenant tenant;
    private final AdminToken adminToken;
    private final RequestLog log;
    private final FaultInjector faults;

    public Dispatcher(List<Route> routes, Tenant tenant, AdminToken adminToken, RequestLog log, FaultInjector faults) {
        this.routes = List.copyOf(routes);
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
        this.log = Objects.requireNonNull(log, "log");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (isAdminPath(path)) {
                ResponseWriter.send(exchange, answerAdmin(exchange, path));
            } else {
                answerEms(exchange, path);
            }
        } finally {
            exchange.close();
        }
    }

    /** Whether a raw path belongs to the emulator's admin surface. */
    public static boolean isAdminPath(String rawPath) {
        return rawPath.startsWith(ADMIN_PREFIX) || rawPath.equals("/emulator");
    }

    private void answerEms(HttpExchange exchange, String path) throws IOException {
        AuthorizationHeader header = AuthorizationHeader.parse(exchange.getRequestHeaders().getFirst("Authorization"));
        Optional<Caller> caller = header.scheme().keyKind()
                .flatMap(kind -> header.token().filter(t -> !t.isEmpty()).flatMap(t -> tenant.authenticate(kind, t)));
        Response response = routed(exchange, path).orElseGet(() -> {
            Route route = methodMatch(exchange, path).orElseThrow();
            if (header.scheme() == AuthScheme.MALFORMED) {
                return ErrorBodies.malformedAuthorization();
            }
            return caller.map(c -> invoke(route, exchange, path, c)).orElseGet(ErrorBodies::unauthorized);
        });
        String method = exchange.getRequestMethod();
        String pathAndQuery = pathAndQuery(exchange);
        Delivery delivery = faults.deliveryOf(path, response);
        // Recorded before anything is sent, so a client that has its answer always finds its request recorded.
        log.add(new RecordedRequest(method, pathAndQuery, header.scheme(), caller.map(c -> c.key().id()),
                delivery.status()));
        deliver(exchange, delivery);
    }

    private Response answerAdmin(HttpExchange exchange, String path) {
        return routed(exchange, path).orElseGet(() -> {
            Route route = methodMatch(exchange, path).orElseThrow();
            if (!adminToken.matches(exchange.getRequestHeaders().getFirst(AdminToken.HEADER))) {
                return ErrorBodies.error(401, "Missing or wrong " + AdminToken.HEADER + " header. Send the admin token "
                        + "from the file the emulator named when it started.");
            }
            return invoke(route, exchange, path, null);
        });
    }

    /** The 404 or 405 answer when no route takes this request; empty when one does. */
    private Optional<Response> routed(HttpExchange exchange, String path) {
        List<Route> forPath = routes.stream().filter(r -> r.path().match(path).isPresent()).toList();
        if (forPath.isEmpty()) {
            return Optional.of(ErrorBodies.pathNotFound(SafeText.shown(path)));
        }
        if (methodMatch(exchange, path).isEmpty()) {
            String allowed = forPath.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
            return Optional.of(ErrorBodies.methodNotAllowed(SafeText.shown(exchange.getRequestMethod()),
                    SafeText.shown(path), allowed));
        }
        return Optional.empty();
    }

    private Optional<Route> methodMatch(HttpExchange exchange, String path) {
        return routes.stream()
                .filter(r -> r.method().equals(exchange.getRequestMethod()) && r.path().match(path).isPresent())
                .findFirst();
    }

    private Response invoke(Route route, HttpExchange exchange, String path, Caller caller) {
        Map<String, String> params = route.path().match(path).orElseThrow();
        try {
            return route.handler().handle(new Request(exchange, params, caller));
        } catch (BadRequestException | InvalidGrantException | InvalidKeyRequestException e) {
            return ErrorBodies.error(400, e.getMessage());
        } catch (UnknownKeyException e) {
            return ErrorBodies.error(404, e.getMessage());
        } catch (StateFileException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return ErrorBodies.error(500, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Request to " + route.path() + " failed: " + e.getClass().getName());
            return ErrorBodies.internalError();
        }
    }

    private static String pathAndQuery(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        String path = exchange.getRequestURI().getRawPath();
        return query == null ? path : path + "?" + query;
    }

    private static void deliver(HttpExchange exchange, Delivery delivery) throws IOException {
        if (delivery instanceof Delivery.Send send) {
            if (!send.delay().isZero()) {
                try {
                    Thread.sleep(send.delay().toMillis());
                } catch (InterruptedException e) {
                    // The emulator is stopping: give up on this answer.
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            ResponseWriter.send(exchange, send.response());
        }
        // A drop sends nothing: closing the exchange before any header closes the connection.
    }
}
