package io.github.celonisnb.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.celonisnb.emulator.FaultRule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes EMS answers, or what a fault in force puts in their place. Admin answers are never faulted,
 * so a test can always switch faults off again.
 */
public final class FaultingWriter implements Dispatcher.ResponseWriter {

    static final String SIGN_IN_PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Celonis</title></head>\n<body><div id=\"app\">Sign in to continue.</div></body></html>\n";

    private final FaultPlan plan;

    public FaultingWriter(FaultPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public int write(HttpExchange exchange, Optional<String> emsPath, Response response) throws IOException {
        Optional<FaultRule> fault = emsPath.flatMap(plan::take);
        if (fault.isEmpty()) {
            return sent(exchange, response);
        }
        FaultRule rule = fault.get();
        return switch (rule.fault()) {
            case RATE_LIMITED -> sent(exchange, rateLimited().withHeader("Retry-After", seconds(rule)));
            case BAD_GATEWAY -> sent(exchange, gatewayPage(502, "Bad Gateway"));
            case SERVICE_UNAVAILABLE -> sent(exchange, gatewayPage(503, "Service Temporarily Unavailable")
                    .withHeader("Retry-After", seconds(rule)));
            case GATEWAY_TIMEOUT -> sent(exchange, gatewayPage(504, "Gateway Time-out"));
            case SLOW_RESPONSE -> slow(exchange, response, rule);
            // Closing the exchange before any header is sent closes the connection: the client reads nothing.
            case DROP_CONNECTION -> 0;
            case HTML_PAGE -> sent(exchange, Response.text(200, "text/html;charset=UTF-8", SIGN_IN_PAGE));
        };
    }

    private static int slow(HttpExchange exchange, Response response, FaultRule rule) throws IOException {
        try {
            Thread.sleep(rule.delay().toMillis());
        } catch (InterruptedException e) {
            // The emulator is stopping; give up on this answer.
            Thread.currentThread().interrupt();
            return 0;
        }
        return sent(exchange, response);
    }

    private static int sent(HttpExchange exchange, Response response) throws IOException {
        Dispatcher.ResponseWriter.send(exchange, response);
        return response.status();
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
