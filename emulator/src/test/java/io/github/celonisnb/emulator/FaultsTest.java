package io.github.celonisnb.emulator;

import static io.github.celonisnb.emulator.TestHttp.json;
import static io.github.celonisnb.emulator.TestHttp.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private EmsEmulator emulator;
    private TestHttp http;
    private IssuedKey key;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
        http = new TestHttp(emulator.baseUrl());
        key = emulator.createApplicationKey("demo", List.of());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void rateLimitsTheNextRequestsOfOnePathThenAnswersNormally() {
        emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.RATE_LIMITED).withTimes(2)
                .withRetryAfter(Duration.ofSeconds(3)));
        HttpResponse<String> first = http.get("/api/cloud", key);
        assertEquals(429, first.statusCode());
        assertEquals("3", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(jsonOf("{'title':'Too many requests.','status':429,'detail':'Rate limit exceeded. Retry later.',"
                + "'errorCode':'GENERAL_TOO_MANY_REQUESTS'}"), json(first));
        assertEquals(200, http.get("/api/team", key).statusCode(), "other paths are untouched");
        assertEquals(429, http.get("/api/cloud", key).statusCode());
        assertEquals(200, http.get("/api/cloud", key).statusCode());
        assertEquals(List.of(), emulator.faults(), "a used-up rule is gone");
        assertEquals(List.of(429, 200, 429, 200),
                emulator.recordedRequests().stream().map(RecordedRequest::status).toList());
    }

    @Test
    void gatewayFaultsAnswerWithAGatewaysHtmlPage() {
        emulator.injectFault(FaultRule.everywhere(Fault.BAD_GATEWAY).withTimes(1));
        emulator.injectFault(FaultRule.everywhere(Fault.SERVICE_UNAVAILABLE).withTimes(1));
        emulator.injectFault(FaultRule.everywhere(Fault.GATEWAY_TIMEOUT).withTimes(1));

        HttpResponse<String> badGateway = http.get("/api/cloud", key);
        assertEquals(502, badGateway.statusCode());
        assertEquals("text/html", badGateway.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1>"
                + "</center>\n</body>\n</html>\n", badGateway.body());

        HttpResponse<String> unavailable = http.get("/api/cloud", key);
        assertEquals(503, unavailable.statusCode());
        assertEquals("1", unavailable.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(unavailable.body().contains("<title>503 Service Temporarily Unavailable</title>"));

        HttpResponse<String> timeout = http.get("/api/cloud", key);
        assertEquals(504, timeout.statusCode());
        assertTrue(timeout.body().contains("<title>504 Gateway Time-out</title>"));

        assertEquals(200, http.get("/api/cloud", key).statusCode());
    }

    @Test
    void anHtmlPageComesWithStatus200() {
        emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.HTML_PAGE));
        HttpResponse<String> response = http.get("/api/cloud", key);
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().startsWith("<!DOCTYPE html>"), response.body());
        assertEquals(200, http.get("/api/cloud", key).statusCode());
        assertTrue(http.get("/api/cloud", key).body().startsWith("<!DOCTYPE html>"), "until removed");
    }

    @Test
    void aDroppedConnectionGivesTheClientNoAnswer() {
        InjectedFault drop = emulator.injectFault(FaultRule.onPath("/api/cloud/permissions", Fault.DROP_CONNECTION));
        assertThrows(UncheckedIOException.class, () -> http.get("/api/cloud/permissions", key));
        emulator.removeFault(drop.id());
        assertEquals(200, http.get("/api/cloud/permissions", key).statusCode());
        List<Integer> statuses = emulator.recordedRequests().stream().map(RecordedRequest::status).toList();
        assertEquals(200, statuses.get(statuses.size() - 1));
        assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s == 0), statuses.toString());
    }

    @Test
    void theJdkClientRetriesOneDroppedGetByItself() {
        emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.DROP_CONNECTION).withTimes(1));
        assertEquals(200, http.get("/api/cloud", key).statusCode());
        assertEquals(List.of(0, 200), emulator.recordedRequests().stream().map(RecordedRequest::status).toList());
    }

    @Test
    void aSlowResponseComesAfterItsDelay() {
        emulator.injectFault(FaultRule.onPath("/api/team", Fault.SLOW_RESPONSE).withDelay(Duration.ofMillis(300)).withTimes(1));
        long started = System.nanoTime();
        HttpResponse<String> response = http.get("/api/team", key);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.statusCode());
        assertEquals("Demo Team", json(response).get("name").asText());
        assertTrue(elapsedMillis >= 300, "answered after " + elapsedMillis + " ms");
    }

    @Test
    void aSlowResponseRunsIntoTheClientsTimeout() {
        emulator.injectFault(FaultRule.everywhere(Fault.SLOW_RESPONSE).withDelay(Duration.ofSeconds(30)));
        HttpRequest request = HttpRequest.newBuilder(emulator.baseUrl().resolve("/api/cloud"))
                .header("Authorization", key.authorizationHeader()).timeout(Duration.ofMillis(200)).build();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> http.send(request));
        assertEquals(HttpTimeoutException.class, e.getCause().getClass());
    }

    @Test
    void theAdminSurfaceIsNeverFaulted() {
        emulator.injectFault(FaultRule.everywhere(Fault.DROP_CONNECTION));
        HttpResponse<String> response = http.send("GET", "/emulator/api/faults", null,
                AdminToken.HEADER, emulator.adminToken().value());
        assertEquals(200, response.statusCode());
    }

    @Test
    void rulesApplyInOrderAndCanBeRemoved() {
        InjectedFault first = emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.BAD_GATEWAY));
        emulator.injectFault(FaultRule.everywhere(Fault.GATEWAY_TIMEOUT).withTimes(5));
        assertEquals(502, http.get("/api/cloud", key).statusCode());
        assertEquals(504, http.get("/api/team", key).statusCode());
        assertEquals(OptionalInt.of(4), emulator.faults().get(1).remaining());
        assertEquals(true, emulator.removeFault(first.id()));
        assertEquals(false, emulator.removeFault(first.id()));
        assertEquals(504, http.get("/api/cloud", key).statusCode());
        emulator.clearFaults();
        assertEquals(200, http.get("/api/cloud", key).statusCode());
    }

    @Test
    void faultRulesRefuseValuesThatMakeNoSense() {
        IllegalArgumentException admin = assertThrows(IllegalArgumentException.class,
                () -> FaultRule.onPath("/emulator/api/keys", Fault.BAD_GATEWAY));
        assertEquals("Faults apply to EMS paths only, not to the emulator's own /emulator/api.", admin.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> FaultRule.everywhere(Fault.BAD_GATEWAY).withTimes(0));
        assertEquals("A fault applies at least once: times must be 1 or more, not 0.", zero.getMessage());
        IllegalArgumentException query = assertThrows(IllegalArgumentException.class,
                () -> FaultRule.onPath("/api/cloud?x=1", Fault.BAD_GATEWAY));
        assertEquals("A fault's path is a raw path without query, starting with '/', e.g. /api/cloud.", query.getMessage());
    }

    @Test
    void faultsAreSwitchedThroughTheAdminSurface() {
        String token = emulator.adminToken().value();
        HttpResponse<String> added = http.send("POST", "/emulator/api/faults",
                "{\"fault\":\"rate_limited\",\"path\":\"/api/cloud\",\"times\":1,\"retryAfterSeconds\":7}",
                AdminToken.HEADER, token);
        assertEquals(201, added.statusCode(), added.body());
        String id = json(added).get("id").asText();
        assertEquals(jsonOf("{'id':'" + id + "','fault':'RATE_LIMITED','path':'/api/cloud','times':1,'remaining':1,"
                + "'delayMillis':2000,'retryAfterSeconds':7}"), json(added));
        assertEquals(1, json(http.send("GET", "/emulator/api/faults", null, AdminToken.HEADER, token)).size());

        HttpResponse<String> limited = http.get("/api/cloud", key);
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());

        http.send("POST", "/emulator/api/faults", "{\"fault\":\"HTML_PAGE\"}", AdminToken.HEADER, token);
        assertEquals(204, http.send("DELETE", "/emulator/api/faults", null, AdminToken.HEADER, token).statusCode());
        assertEquals(200, http.get("/api/cloud", key).statusCode());

        HttpResponse<String> unknown = http.send("POST", "/emulator/api/faults", "{\"fault\":\"EXPLODE\"}",
                AdminToken.HEADER, token);
        assertEquals(400, unknown.statusCode());
        assertEquals("Unknown fault 'EXPLODE': expected one of RATE_LIMITED, BAD_GATEWAY, SERVICE_UNAVAILABLE, "
                + "GATEWAY_TIMEOUT, SLOW_RESPONSE, DROP_CONNECTION, HTML_PAGE.", json(unknown).get("error").asText());
        HttpResponse<String> badPath = http.send("POST", "/emulator/api/faults",
                "{\"fault\":\"BAD_GATEWAY\",\"path\":\"/emulator/api/keys\"}", AdminToken.HEADER, token);
        assertEquals("Faults apply to EMS paths only, not to the emulator's own /emulator/api.",
                json(badPath).get("error").asText());
        assertEquals(404, http.send("DELETE", "/emulator/api/faults/nope", null, AdminToken.HEADER, token).statusCode());
    }
}
