package io.github.celonisnb.emulator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.internal.Json;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.CreateKeyRequest;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.CreatedKey;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.ErrorBody;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.GrantsRequest;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.KeyView;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson.LoginLink;
import io.github.celonisnb.emulator.internal.http.admin.AdminKeysResource;
import io.github.celonisnb.emulator.internal.http.admin.AdminUiResource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Changes keys, and hands out login links, through a running emulator's admin surface, authenticated with its admin token. */
final class RemoteKeyStore implements KeyStoreClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final AdminToken token;
    private final String tokenSource;
    private final HttpClient http;

    RemoteKeyStore(URI baseUrl, AdminToken token, String tokenSource, HttpClient http) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.tokenSource = tokenSource;
        this.http = http;
    }

    @Override
    public IssuedKey create(KeyKind kind, String name, String email, boolean admin, List<Grant> grants) {
        CreateKeyRequest body = new CreateKeyRequest(kind.shortName(), name, email, admin,
                grants.stream().map(Grant::toString).toList());
        HttpResponse<byte[]> response = send(request(AdminKeysResource.KEYS).POST(bodyOf(body)));
        return read(response, 201, new TypeReference<CreatedKey>() { }).toIssuedKey();
    }

    @Override
    public List<KeyInfo> list() {
        HttpResponse<byte[]> response = send(request(AdminKeysResource.KEYS).GET());
        return read(response, 200, new TypeReference<List<KeyView>>() { }).stream().map(KeyView::toKeyInfo).toList();
    }

    @Override
    public void delete(String keyId) {
        String path = AdminKeysResource.KEYS + "/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<byte[]> response = send(request(path).DELETE());
        if (response.statusCode() != 204) {
            throw failure(response);
        }
    }

    @Override
    public KeyInfo grant(String keyId, List<Grant> grants) {
        return changeGrants(keyId, "grant", grants);
    }

    @Override
    public KeyInfo revoke(String keyId, List<Grant> grants) {
        return changeGrants(keyId, "revoke", grants);
    }

    private KeyInfo changeGrants(String keyId, String action, List<Grant> grants) {
        String path = AdminKeysResource.KEYS + "/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/" + action;
        GrantsRequest body = new GrantsRequest(grants.stream().map(Grant::toString).toList());
        HttpResponse<byte[]> response = send(request(path).POST(bodyOf(body)));
        return read(response, 200, new TypeReference<KeyView>() { }).toKeyInfo();
    }

    /**
     * A new one-time login link to the emulator's web page; an earlier unused link stops working.
     *
     * @throws CommandFailure when the emulator does not serve the page (started without --ui) or fails
     */
    URI newLoginLink() {
        HttpResponse<byte[]> response = send(request(AdminUiResource.LOGIN_LINK).POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() == 404) {
            throw new CommandFailure(ExitCodes.FAILURE, "The emulator at " + baseUrl + " serves no web page, so it "
                    + "has no login link: start it with `emulator --ui`.");
        }
        String url = read(response, 200, new TypeReference<LoginLink>() { }).url();
        if (url == null) {
            throw new CommandFailure(ExitCodes.FAILURE, "The server at " + baseUrl
                    + " answered without a login link. Is --url an emulator?");
        }
        return URI.create(url);
    }

    @Override
    public void close() {
        // HttpClient on Java 17 has no close; its threads are daemons and end with the JVM.
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header(AdminToken.HEADER, token.value())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "Cannot reach the emulator at " + baseUrl
                    + ": connection refused. Start it with `emulator`, or check --url.", e);
        } catch (javax.net.ssl.SSLException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "Cannot talk to the emulator at " + baseUrl + " over TLS: "
                    + e.getClass().getSimpleName() + ". For an emulator started with --tls, add --ca-file with the CA "
                    + "file it printed.", e);
        } catch (HttpTimeoutException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "The emulator at " + baseUrl + " did not answer within "
                    + TIMEOUT.toSeconds() + " s. Check that it is running and not paused.", e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "Cannot talk to the emulator at " + baseUrl + ": "
                    + e.getClass().getSimpleName() + ". Check --url.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.FAILURE, "Interrupted while waiting for the emulator at " + baseUrl + ".", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, int expected, TypeReference<T> type) {
        if (response.statusCode() != expected) {
            throw failure(response);
        }
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "The server at " + baseUrl
                    + " answered with something other than the emulator's JSON. Is --url an emulator?", e);
        }
    }

    private CommandFailure failure(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        Optional<String> explained = errorMessage(response);
        if (explained.isEmpty() && status != 401) {
            return new CommandFailure(ExitCodes.FAILURE, "The server at " + baseUrl + " answered " + status
                    + " without the emulator's error body. Is --url an emulator?");
        }
        String message = explained.orElse("");
        return switch (status) {
            case 400 -> new CommandFailure(ExitCodes.USAGE, message);
            case 401 -> new CommandFailure(ExitCodes.FAILURE, "The emulator at " + baseUrl + " refused the admin token from "
                    + tokenSource + ". Use the token file the emulator printed when it started.");
            case 404 -> new CommandFailure(ExitCodes.NOT_FOUND, message);
            default -> new CommandFailure(ExitCodes.FAILURE, "The emulator at " + baseUrl + " answered " + status + ": "
                    + message);
        };
    }

    private static Optional<String> errorMessage(HttpResponse<byte[]> response) {
        try {
            return Optional.ofNullable(Json.mapper().readValue(response.body(), ErrorBody.class).error());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static HttpRequest.BodyPublisher bodyOf(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an admin request cannot be written as JSON", e);
        }
    }
}
