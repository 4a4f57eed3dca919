package io.github.celonisnb.emulator.internal.http;

import io.github.celonisnb.emulator.FaultRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Turns an EMS answer into what a fault in force puts in its place, or leaves it as it is. */
public final class FaultInjector {

    static final String SIGN_IN_PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Celonis</title></head>\n<body><div id=\"app\">Sign in to continue.</div></body></html>\n";

    private final FaultPlan plan;

    public FaultInjector(FaultPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** How the answer to a request for this raw EMS path is delivered; uses up one time of the rule that applies. */
    public Delivery deliveryOf(String rawPath, Response response) {
        return plan.take(rawPath).map(rule -> faulted(rule, response)).orElseGet(() -> Delivery.Send.now(response));
    }

    private static Delivery faulted(FaultRule rule, Response response) {
        return switch (rule.fault()) {
            case RATE_LIMITED -> Delivery.Send.now(rateLimited().withHeader("Retry-After", seconds(rule)));
            case BAD_GATEWAY -> Delivery.Send.now(gatewayPage(502, "Bad Gateway"));
            case SERVICE_UNAVAILABLE -> Delivery.Send.now(gatewayPage(503, "Service Temporarily Unavailable")
                    .withHeader("Retry-After", seconds(rule)));
            case GATEWAY_TIMEOUT -> Delivery.Send.now(gatewayPage(504, "Gateway Time-out"));
            case SLOW_RESPONSE -> new Delivery.Send(response, rule.delay());
            case DROP_CONNECTION -> new Delivery.Drop();
            case HTML_PAGE -> Delivery.Send.now(Response.text(200, "text/html;charset=UTF-8", SIGN_IN_PAGE));
        };
    }

    private static Response rateLimited() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Too many requests.");
        body.put("status", 429);
        body.put("detail", "Rate limit exceeded. Retry later.");
        body.put("errorCode", "GENERAL_TOO_MANY_REQUESTS");
        return Response.json(429, body);
    }

    private static Response gatewayPage(int status, String reason) {
        String title = status + " " + reason;
        return Response.text(status, "text/html", "<html>\n<head><title>" + title + "</title></head>\n<body>\n<center><h1>"
                + title + "</h1></center>\n</body>\n</html>\n");
    }

    private static String seconds(FaultRule rule) {
        return String.valueOf(rule.retryAfter().toSeconds());
    }
}
