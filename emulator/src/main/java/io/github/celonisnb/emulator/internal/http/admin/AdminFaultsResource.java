package io.github.celonisnb.emulator.internal.http.admin;

import io.github.celonisnb.emulator.Fault;
import io.github.celonisnb.emulator.FaultRule;
import io.github.celonisnb.emulator.InjectedFault;
import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.emulator.internal.http.BadRequestException;
import io.github.celonisnb.emulator.internal.http.ErrorBodies;
import io.github.celonisnb.emulator.internal.http.FaultPlan;
import io.github.celonisnb.emulator.internal.http.Request;
import io.github.celonisnb.emulator.internal.http.Response;
import io.github.celonisnb.emulator.internal.http.Route;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Fault switches under {@code /emulator/api/faults}: add, list, remove one, remove all. */
public final class AdminFaultsResource {

    /** The root of the fault routes. */
    public static final String FAULTS = "/emulator/api/faults";

    private final FaultPlan plan;

    public AdminFaultsResource(FaultPlan plan) {
        this.plan = plan;
    }

    /** The routes this resource answers. */
    public List<Route> routes() {
        return List.of(
                Route.admin("POST", FAULTS, this::add),
                Route.admin("GET", FAULTS, r -> Response.json(200, plan.list().stream().map(FaultView::of).toList())),
                Route.admin("DELETE", FAULTS, r -> {
                    plan.clear();
                    return Response.empty(204);
                }),
                Route.admin("DELETE", FAULTS + "/{id}", this::remove));
    }

    private Response add(Request request) {
        FaultRequest body = request.jsonBody(FaultRequest.class);
        FaultRule rule;
        try {
            rule = new FaultRule(faultOf(body.fault()), Optional.ofNullable(body.path()),
                    body.times() == null ? OptionalInt.empty() : OptionalInt.of(body.times()),
                    body.delayMillis() == null ? FaultRule.DEFAULT_DELAY : Duration.ofMillis(body.delayMillis()),
                    body.retryAfterSeconds() == null ? FaultRule.DEFAULT_RETRY_AFTER
                            : Duration.ofSeconds(body.retryAfterSeconds()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        InjectedFault added = plan.add(rule);
        return Response.json(201, FaultView.of(added)).withHeader("Location", FAULTS + "/" + added.id());
    }

    private Response remove(Request request) {
        String id = request.pathParam("id");
        if (!plan.remove(id)) {
            return ErrorBodies.error(404, "No fault with id " + SafeText.quote(id) + ". List them with GET " + FAULTS + ".");
        }
        return Response.empty(204);
    }

    private static Fault faultOf(String name) {
        String expected = Arrays.stream(Fault.values()).map(Fault::name).collect(Collectors.joining(", "));
        if (name == null) {
            throw new BadRequestException("'fault' is missing: expected one of " + expected + ".");
        }
        try {
            return Fault.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown fault " + SafeText.quote(name) + ": expected one of " + expected + ".");
        }
    }

    /** {@code POST /emulator/api/faults}: only {@code fault} is required. */
    public record FaultRequest(String fault, String path, Integer times, Long delayMillis, Long retryAfterSeconds) {
    }

    /** A fault in force as listed; {@code path} null means every EMS path, {@code remaining} null unlimited. */
    public record FaultView(String id, String fault, String path, Integer times, Integer remaining, long delayMillis,
                            long retryAfterSeconds) {

        static FaultView of(InjectedFault injected) {
            FaultRule rule = injected.rule();
            return new FaultView(injected.id(), rule.fault().name(), rule.path().orElse(null),
                    rule.times().isPresent() ? rule.times().getAsInt() : null,
                    injected.remaining().isPresent() ? injected.remaining().getAsInt() : null,
                    rule.delay().toMillis(), rule.retryAfter().toSeconds());
        }
    }
}
